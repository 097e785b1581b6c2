package org.claimrecovery.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.refusal.FieldProblem;
import org.claimrecovery.refusal.RequestRejected;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/claims/{id}")
class SettlementController {

  private final Settlements settlements;
  private final ClaimRepository claims;
  private final CaseClock clock;

  SettlementController(Settlements settlements, ClaimRepository claims, CaseClock clock) {
    this.settlements = settlements;
    this.claims = claims;
    this.clock = clock;
  }

  record PaymentSubmission(LocalDate receivedOn, BigDecimal amount) {}

  /**
   * What the payer owes on the claim, what it has paid and what it still owes; once paid in full, what the case
   * recovered (or recovers on closing, a moment later).
   */
  record SettlementView(String claimId, PaymentSource source, BigDecimal amount, LocalDate decidedOn,
      LocalDate dueOn, String dueCitation, BigDecimal paidAmount, BigDecimal stillOwed, BigDecimal recoveredAmount) {}

  @GetMapping("/settlement")
  SettlementView get(@PathVariable String id) {
    requireClaim(id);
    var expected = settlements.of(id).orElseThrow(() -> RequestRejected.notFound("Settlement of claim " + id));
    var standing = settlements.standing(id).orElseThrow();
    return new SettlementView(id, expected.source(), expected.amount(), expected.decidedOn(), expected.dueOn(),
        expected.dueCitation(), standing.paidAmount(), standing.stillOwed(), standing.recoveredAmount());
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
    if (!problems.isEmpty()) {
      throw RequestRejected.invalid(problems);
    }
    settlements.paymentReceived(id, submission.receivedOn(), submission.amount());
    return get(id);
  }

  private void requireClaim(String id) {
    if (claims.findById(id).isEmpty()) {
      throw RequestRejected.notFound("Claim " + id);
    }
  }
}
