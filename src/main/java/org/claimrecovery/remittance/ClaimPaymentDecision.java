package org.claimrecovery.remittance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimStatus;
import org.claimrecovery.claims.Stage;
import org.claimrecovery.pathway.ServiceCategory;
import org.claimrecovery.remittance.ClaimPayment.ServicePayment;
import org.claimrecovery.remittance.RemittanceRules.PayerEntry;
import org.claimrecovery.text.Words;

/**
 * What one claim of a remittance does to the product, and why in words: open a case, hand its payment to the case
 * waiting for it, or nothing. Decided from the claim, its payer's rules entry and the case the claim has, if any;
 * nothing here stores or starts anything.
 */
public final class ClaimPaymentDecision {

  public enum Action {
    OPEN_CASE, RECORD_INITIAL_PAYMENT, RECORD_SETTLEMENT_PAYMENT, SKIP
  }

  /**
   * @param serviceCategory for a case to open: the category an NSA remark code names, else OTHER
   * @param nsaRemarkCodes  the claim's remark codes that mark NSA scope
   */
  public record Decision(Action action, String reason, ServiceCategory serviceCategory, List<String> nsaRemarkCodes) {}

  /** CLP02 codes of a payer that paid after another (secondary, tertiary) or not at all. */
  private static final Set<String> NOT_THE_PRIMARY_PAYMENT = Set.of("2", "3", "20", "21", "23", "25");
  private static final String REVERSAL = "22";

  private ClaimPaymentDecision() {
  }

  /**
   * @param payer    the payer's entry in rules/remittance.yaml; empty when the file's payer has none
   * @param existing the case of this payer and claim number; null when there is none
   */
  public static Decision decide(RemittanceAdvice advice, ClaimPayment claim, Optional<PayerEntry> payer,
      Claim existing, RemittanceRules rules) {
    LocalDate serviceDate = claim.serviceDate() != null ? claim.serviceDate() : advice.paymentDate();
    var nsa = nsaScope(claim, rules, serviceDate);
    ServiceCategory category = nsa.category();
    if (REVERSAL.equals(claim.status())) {
      return skip("a reversal of an earlier payment (CLP02 22) is not applied: a person checks the claim", nsa);
    }
    if (existing != null) {
      return forCase(claim, existing, nsa);
    }
    if (NOT_THE_PRIMARY_PAYMENT.contains(claim.status())) {
      return skip("not the primary payer's payment (CLP02 " + claim.status() + "): no case opens from it", nsa);
    }
    boolean outOfNetwork = !nsa.codes().isEmpty()
        || claim.allAdjustments().stream().anyMatch(adjustment -> rules.outOfNetworkReason(adjustment.reason(),
            serviceDate))
        || payer.map(PayerEntry::knownOutOfNetwork).orElse(false);
    if (!outOfNetwork) {
      return skip("not shown as out of network: no NSA remark code, no out-of-network reason code, and the payer is "
          + "not marked outOfNetwork in rules/remittance.yaml", nsa);
    }
    if (claim.denied()) {
      return new Decision(Action.OPEN_CASE, "denied (CLP02 4) out of network", category, nsa.codes());
    }
    if (claim.billed() != null && claim.paid() != null && claim.paid().compareTo(claim.billed()) >= 0) {
      return skip("paid in full (" + Words.money(claim.paid()) + " of " + Words.money(claim.billed()) + " billed)",
          nsa);
    }
    return measured(advice, claim, payer, rules, serviceDate, nsa);
  }

  private static Decision forCase(ClaimPayment claim, Claim existing, NsaScope nsa) {
    if (existing.status() == ClaimStatus.CLOSED) {
      return skip("the claim's case is closed (" + existing.outcome() + "): nothing to record", nsa);
    }
    if (!existing.paymentOrDenialKnown()) {
      return new Decision(Action.RECORD_INITIAL_PAYMENT, claim.denied()
          ? "the case waited for the payer: its denial is recorded" : "the case waited for the payer: its initial "
          + "payment is recorded", null, nsa.codes());
    }
    if (existing.stage() == Stage.AWAITING_SETTLEMENT_PAYMENT) {
      if (claim.paid() == null || claim.paid().signum() <= 0) {
        return skip("the case waits for a payment, and this remittance pays nothing on the claim", nsa);
      }
      return new Decision(Action.RECORD_SETTLEMENT_PAYMENT, "the case waited for the payment owed: "
          + Words.money(claim.paid()) + " is recorded", null, nsa.codes());
    }
    return skip("the case already has its initial payment or denial and waits for no payment now (stage "
        + existing.stage() + ")", nsa);
  }

  /** Paid out of network, not in full: below the QPA or benchmark opens a case, at or above it does not. */
  private static Decision measured(RemittanceAdvice advice, ClaimPayment claim, Optional<PayerEntry> payer,
      RemittanceRules rules, LocalDate serviceDate, NsaScope nsa) {
    String region = region(advice, payer);
    var shortfalls = new ArrayList<String>();
    var unmeasured = new ArrayList<String>();
    if (claim.services().isEmpty()) {
      var benchmark = claim.drg() == null ? Optional.<RemittanceRules.Benchmark>empty()
          : rules.benchmark(claim.drg(), region, serviceDate);
      if (benchmark.isEmpty()) {
        unmeasured.add(claim.drg() == null ? "the claim (no service lines, no DRG)" : "DRG " + claim.drg());
      } else if (claim.paid().compareTo(benchmark.get().amount()) < 0) {
        shortfalls.add("DRG " + claim.drg() + " paid " + Words.money(claim.paid()) + ", benchmark "
            + Words.money(benchmark.get().amount()) + " (" + benchmark.get().source() + ")");
      }
    }
    for (ServicePayment line : claim.services()) {
      BigDecimal paid = line.paid() == null ? BigDecimal.ZERO : line.paid();
      BigDecimal qpa = qpa(line, payer);
      if (qpa != null) {
        if (paid.compareTo(qpa) < 0) {
          shortfalls.add(line.procedureCode() + " paid " + Words.money(paid) + ", QPA " + Words.money(qpa));
        }
        continue;
      }
      var benchmark = rules.benchmark(line.procedureCode(), region, serviceDate);
      if (benchmark.isEmpty()) {
        unmeasured.add(line.procedureCode());
      } else if (paid.compareTo(benchmark.get().amount()) < 0) {
        shortfalls.add(line.procedureCode() + " paid " + Words.money(paid) + ", benchmark "
            + Words.money(benchmark.get().amount()) + " (" + benchmark.get().source() + ")");
      }
    }
    if (!shortfalls.isEmpty()) {
      return new Decision(Action.OPEN_CASE, "underpaid out of network: " + String.join("; ", shortfalls),
          nsa.category(), nsa.codes());
    }
    if (!unmeasured.isEmpty()) {
      return new Decision(Action.OPEN_CASE, "paid out of network with no QPA or benchmark for "
          + String.join(", ", unmeasured) + " (region " + (region == null ? "unknown" : region)
          + "): opened for a person to review", nsa.category(), nsa.codes());
    }
    return skip("paid at or above the QPA or benchmark of every line", nsa);
  }

  /** The line's QPA where the payer reports it in the amount its rules entry names. */
  static BigDecimal qpa(ServicePayment line, Optional<PayerEntry> payer) {
    return payer.map(PayerEntry::qpaAmountQualifier).map(qualifier -> line.amounts().get(qualifier)).orElse(null);
  }

  /** Where the service was: the payee's state, else the plan's. */
  static String region(RemittanceAdvice advice, Optional<PayerEntry> payer) {
    return advice.payee().state() != null ? advice.payee().state() : payer.map(PayerEntry::planState).orElse(null);
  }

  private static Decision skip(String reason, NsaScope nsa) {
    return new Decision(Action.SKIP, reason, null, nsa.codes());
  }

  /** @param category the first category an NSA remark code of the claim names; OTHER when none names one */
  record NsaScope(List<String> codes, ServiceCategory category) {}

  static NsaScope nsaScope(ClaimPayment claim, RemittanceRules rules, LocalDate on) {
    var codes = new ArrayList<String>();
    ServiceCategory category = null;
    for (String code : claim.allRemarkCodes()) {
      var entry = rules.nsaRemarkCode(code, on);
      if (entry.isPresent()) {
        codes.add(code);
        if (category == null) {
          category = entry.get().serviceCategory();
        }
      }
    }
    return new NsaScope(List.copyOf(codes), category == null ? ServiceCategory.OTHER : category);
  }
}
