package org.claimrecovery.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.refusal.FieldProblem;
import org.claimrecovery.refusal.RequestRejected;
import org.claimrecovery.settlement.SettlementRepository.Payment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/claims/{id}")
class SettlementController {

  /** payment.reference's width (V24); an 835's TRN02 is at most 50. */
  static final int MAX_REFERENCE_LENGTH = 80;

  private final Settlements settlements;
  private final ClaimRepository claims;
  private final CaseClock clock;

  SettlementController(Settlements settlements, ClaimRepository claims, CaseClock clock) {
    this.settlements = settlements;
    this.claims = claims;
    this.clock = clock;
  }

  /** @param reference the check or EFT trace number, optional */
  record PaymentSubmission(LocalDate receivedOn, BigDecimal amount, String reference) {}

  /**
   * What the payer owes on the claim, what it has paid and what it still owes; once paid in full, what the case
   * recovered (or recovers on closing, a moment later).
   */
  record SettlementView(String claimId, PaymentSource source, BigDecimal amount, LocalDate decidedOn,
      LocalDate dueOn, String dueCitation, BigDecimal paidAmount, BigDecimal stillOwed, BigDecimal recoveredAmount,
      List<Payment> payments) {}

  @GetMapping("/settlement")
  SettlementView get(@PathVariable String id) {
    requireClaim(id);
    var expected = settlements.of(id).orElseThrow(() -> RequestRejected.notFound("Settlement of claim " + id));
    var standing = settlements.standing(id).orElseThrow();
    return new SettlementView(id, expected.source(), expected.amount(), expected.decidedOn(), expected.dueOn(),
        expected.dueCitation(), standing.paidAmount(), standing.stillOwed(), standing.recoveredAmount(),
        settlements.payments(id));
  }

  /**
   * A payment of the amount owed, answered with where it stands: once paid in full the recovered amount the case
   * closes with, otherwise what is still owed. 409 when the case does not wait for one.
   */
  @PostMapping("/payments")
  SettlementView payment(@PathVariable String id, @RequestBody(required = false) PaymentSubmission submission) {
    requireClaim(id);
    var problems = new ArrayList<FieldProblem>();
    if (submission == null || submission.receivedOn() == null) {
      problems.add(new FieldProblem("receivedOn", "is required"));
    } else if (submission.receivedOn().isAfter(clock.today())) {
      problems.add(new FieldProblem("receivedOn", "must not be in the future"));
    }
    if (submission == null || submission.amount() == null) {
      problems.add(new FieldProblem("amount", "is required"));
    } else if (submission.amount().signum() <= 0) {
      problems.add(new FieldProblem("amount", "must be above zero"));
    }
    String reference = submission == null || submission.reference() == null || submission.reference().isBlank()
        ? null : submission.reference().strip();
    if (reference != null && (reference.length() > MAX_REFERENCE_LENGTH || !reference.matches("[\\p{Graph} ]+"))) {
      problems.add(new FieldProblem("reference", "must be up to " + MAX_REFERENCE_LENGTH
          + " printable characters, the check or EFT trace number"));
    }
    if (!problems.isEmpty()) {
      throw RequestRejected.invalid(problems);
    }
    settlements.paymentReceived(id, submission.receivedOn(), submission.amount(), reference);
    return get(id);
  }

  private void requireClaim(String id) {
    if (claims.findById(id).isEmpty()) {
      throw RequestRejected.notFound("Claim " + id);
    }
  }
}
