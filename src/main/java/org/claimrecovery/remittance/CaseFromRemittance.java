package org.claimrecovery.remittance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimSubmission;
import org.claimrecovery.claims.ClaimSubmission.DenialPart;
import org.claimrecovery.claims.ClaimSubmission.LinePart;
import org.claimrecovery.claims.ClaimSubmission.PayerPart;
import org.claimrecovery.claims.ClaimSubmission.PaymentPart;
import org.claimrecovery.claims.ClaimSubmission.ProviderPart;
import org.claimrecovery.claims.PaymentDeterminationSubmission;
import org.claimrecovery.pathway.ServiceCategory;
import org.claimrecovery.remittance.ClaimPayment.Adjustment;
import org.claimrecovery.remittance.ClaimPayment.ServicePayment;
import org.claimrecovery.remittance.RemittanceRules.PayerEntry;

/**
 * A remittance's claim as intake takes it: the same submission {@code POST /api/claims} takes, so it meets the same
 * validation, idempotency and classification. What an 835 does not carry comes from the payer's rules entry (plan
 * type and state) or is left out, and intake says what is missing.
 */
final class CaseFromRemittance {

  private CaseFromRemittance() {
  }

  /** The product's id of the file's payer: its rules entry's, else the first identifier the file gives. */
  static String payerId(RemittanceAdvice advice, Optional<PayerEntry> payer) {
    String id = payer.map(PayerEntry::id).orElse(advice.payer().primaryIdentifier());
    // the product keeps payer ids of at most 64 characters; a longer identifier is refused by intake anyway
    return id.length() > 64 ? id.substring(0, 64) : id;
  }

  static ClaimSubmission submission(RemittanceAdvice advice, ClaimPayment claim, Optional<PayerEntry> payer,
      ServiceCategory category) {
    LocalDate serviceDate = claim.serviceDate();
    // the day the payer received the claim where the 835 says it (DTM*050); else the end of the care, the earliest
    // day the claim can have been submitted
    LocalDate submittedOn = claim.receivedByPayer() != null ? claim.receivedByPayer()
        : claim.statementTo() != null ? claim.statementTo() : serviceDate;
    String planState = payer.map(PayerEntry::planState).orElse(advice.payee().state());
    String serviceState = advice.payee().state() != null ? advice.payee().state() : planState;
    var payee = advice.payee();
    return new ClaimSubmission(claim.claimNumber(),
        new PayerPart(payerId(advice, payer), advice.payer().name(), null, null),
        new ProviderPart(payee.npi(), payee.tin(), payee.name()),
        null,
        payer.map(PayerEntry::planType).map(Enum::name).orElse(null),
        planState, serviceState, category.name(),
        null, null, null, null, null, null,
        text(serviceDate), text(submittedOn),
        lines(claim, payer),
        claim.denied() ? null : new PaymentPart(text(advice.paymentDate()), amount(claim.paid())),
        claim.denied() ? denial(advice, claim) : null);
  }

  /** The payer's payment or denial for a case that waits for it; per line only where the lines match the case's. */
  static PaymentDeterminationSubmission determination(RemittanceAdvice advice, ClaimPayment claim,
      Optional<PayerEntry> payer, Claim existing) {
    List<LinePart> lines = claim.services().size() == existing.lines().size() ? claim.services().stream()
        .map(line -> new LinePart(null, null, amount(line.paid()), amount(ClaimPaymentDecision.qpa(line, payer))))
        .toList() : null;
    return new PaymentDeterminationSubmission(
        claim.denied() ? null : new PaymentPart(text(advice.paymentDate()), amount(claim.paid())),
        claim.denied() ? denial(advice, claim) : null, lines);
  }

  private static List<LinePart> lines(ClaimPayment claim, Optional<PayerEntry> payer) {
    if (claim.services().isEmpty()) {
      // an institutional claim paid as a whole: one line, its DRG as the service code
      return claim.drg() == null ? List.of()
          : List.of(new LinePart(claim.drg(), amount(claim.billed()), amount(claim.paid()), null));
    }
    return claim.services().stream().map((ServicePayment line) -> new LinePart(line.procedureCode(),
        amount(line.billed()), amount(line.paid()), amount(ClaimPaymentDecision.qpa(line, payer)))).toList();
  }

  /** The denial's reason: its largest adjustment, the claim's own before its lines'. */
  private static DenialPart denial(RemittanceAdvice advice, ClaimPayment claim) {
    var largest = claim.adjustments().stream().max(Comparator.comparing(Adjustment::amount))
        .or(() -> claim.allAdjustments().stream().max(Comparator.comparing(Adjustment::amount)));
    return new DenialPart(text(advice.paymentDate()), largest.map(Adjustment::code).orElse(null), null);
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static String amount(BigDecimal amount) {
    return amount == null ? null : amount.toPlainString();
  }
}
