package org.claimrecovery.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.claims.Stage;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.refusal.RequestRejected;
import org.claimrecovery.settlement.SettlementRepository.Payment;
import org.claimrecovery.text.Words;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment watch every way of winning ends in: once an amount is decided (by negotiation now; by an IDR
 * award or an appeal later) the case waits for the payer to pay it by its deadline, records what arrives, tells
 * whether it falls short, and closes with the outcome and what it recovered beyond the initial payment.
 */
@Service
public class Settlements {

  private final SettlementRepository settlements;
  private final ClaimRepository claims;
  private final SettlementWorkflow workflow;
  private final CaseClock clock;

  Settlements(SettlementRepository settlements, ClaimRepository claims, SettlementWorkflow workflow, CaseClock clock) {
    this.settlements = settlements;
    this.claims = claims;
    this.workflow = workflow;
    this.clock = clock;
  }

  /**
   * The payer owes {@code amount} by {@code dueOn}, as the rule {@code dueCitation} fixes it; the case now waits for
   * it. Safe to repeat.
   */
  @Transactional
  public ExpectedPayment expect(String claimId, PaymentSource source, BigDecimal amount, LocalDate decidedOn,
      LocalDate dueOn, String dueCitation) {
    settlements.insertIfAbsent(new ExpectedPayment(claimId, source, amount, decidedOn, dueOn, dueCitation, null),
        clock.now());
    claims.moveTo(claimId, Stage.AWAITING_SETTLEMENT_PAYMENT);
    return expected(claimId);
  }

  public Optional<ExpectedPayment> of(String claimId) {
    return settlements.find(claimId);
  }

  /** The last day the payer may pay what it owes. */
  public LocalDate paymentDueOn(String claimId) {
    return expected(claimId).dueOn();
  }

  /**
   * Hands a payment to the case waiting for it; refused (409) when none waits.
   *
   * @param reference the check or EFT trace number; null when none is known
   */
  @Transactional
  public void paymentReceived(String claimId, LocalDate receivedOn, BigDecimal amount, String reference) {
    if (!workflow.paymentReceived(claimId, receivedOn, amount, reference)) {
      throw RequestRejected.conflict("Conflict", "claim " + claimId + " is not waiting for a settlement payment");
    }
  }

  /**
   * Records a payment; true when the payments so far fall short of the amount owed. A payment in full of an amount
   * whose deadline the rule book dates (an IDR award) meets that deadline.
   */
  @Transactional
  public boolean recordPayment(String claimId, LocalDate receivedOn, BigDecimal amount, String reference,
      String user) {
    settlements.insertPayment(UUID.randomUUID().toString(), claimId, receivedOn, amount, reference, user,
        clock.now());
    ExpectedPayment expected = expected(claimId);
    var paidInFullOn = paidInFullOn(expected);
    if (paidInFullOn.isPresent() && expected.source().paidInFullEvent() != null) {
      claims.recordEvent(claimId, expected.source().paidInFullEvent(), paidInFullOn.get(), user, clock.now());
    }
    return paidInFullOn.isEmpty();
  }

  /** The day the payments reached the amount owed; empty while they fall short of it. */
  Optional<LocalDate> paidInFullOn(ExpectedPayment expected) {
    BigDecimal paid = BigDecimal.ZERO;
    for (var payment : settlements.payments(expected.claimId())) {
      paid = paid.add(payment.amount());
      if (paid.compareTo(expected.amount()) >= 0) {
        return Optional.of(payment.receivedOn());
      }
    }
    return Optional.empty();
  }

  /** The claim's payments in the order they arrived, each with its check or trace number where one was given. */
  public List<Payment> payments(String claimId) {
    return settlements.payments(claimId);
  }

  public BigDecimal totalPaid(String claimId) {
    return settlements.totalPaid(claimId);
  }

  /** Closes the paid case with its source's outcome and what it recovered: paid minus the initial payment. */
  @Transactional
  public BigDecimal close(String claimId) {
    BigDecimal recovered = recoveredSoFar(claimId);
    settlements.recordRecovered(claimId, recovered);
    claims.close(claimId, expected(claimId).source().outcome(), clock.now());
    return recovered;
  }

  /**
   * Where the amount owed stands: what is still owed and, once it is paid in full, what the case recovers (a payment
   * in full closes the case with it, in a job moments later; a short one waits for a supervisor).
   *
   * @param stillOwed       the amount owed minus the payments, zero once paid in full
   * @param recoveredAmount what the closed case recovered, or will on closing once paid in full; null until then
   */
  public record Standing(BigDecimal paidAmount, BigDecimal stillOwed, BigDecimal recoveredAmount) {}

  public Optional<Standing> standing(String claimId) {
    return settlements.find(claimId).map(owed -> {
      BigDecimal paid = totalPaid(claimId);
      BigDecimal stillOwed = owed.amount().subtract(paid).max(BigDecimal.ZERO);
      BigDecimal recovered = owed.recoveredAmount() != null ? owed.recoveredAmount()
          : stillOwed.signum() == 0 ? recoveredSoFar(claimId) : null;
      return new Standing(paid, stillOwed, recovered);
    });
  }

  /** What the payments recovered beyond the initial payment. */
  private BigDecimal recoveredSoFar(String claimId) {
    Claim claim = claims.findById(claimId).orElseThrow();
    BigDecimal initial = claim.initialPayment() != null && claim.initialPayment().amount() != null
        ? claim.initialPayment().amount() : BigDecimal.ZERO;
    return totalPaid(claimId).subtract(initial).max(BigDecimal.ZERO);
  }

  /** What a payment task shows: the amount owed and under what, by when, and what has been paid. */
  public String summary(String claimId) {
    ExpectedPayment expected = expected(claimId);
    BigDecimal paid = totalPaid(claimId);
    return "**Owed** " + Words.money(expected.amount()) + " (" + Words.of(expected.source()) + " of " + Words.day(expected.decidedOn()) + ") · **Payment due by** "
        + Words.day(expected.dueOn())
        + (paid.signum() == 0 ? " · **Paid so far** nothing" : " · **Paid so far** " + Words.money(paid)
            + (paid.compareTo(expected.amount()) < 0 ? " (short of the amount owed)" : ""));
  }

  private ExpectedPayment expected(String claimId) {
    return settlements.find(claimId)
        .orElseThrow(() -> new IllegalStateException("claim " + claimId + " owes no payment"));
  }
}
