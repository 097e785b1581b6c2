package org.claimrecovery.statedispute;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A claim's dispute under its state's own process, as it stands.
 *
 * @param process        the process in words, from rules/state-disputes.yaml in force when it opened
 * @param body           whom the dispute is filed with, and where
 * @param filingDeadline the code of deadline-rules.yaml that governs the filing
 * @param ownStep        the state's own negotiation or mediation step after the filing; null where it has none
 * @param ownStepEndsOn  the last day of that step, fixed on the filing
 * @param decisionDueOn  the last day for the body's decision, fixed on the filing
 * @param paymentDays    calendar days the payer has to pay after a decision in our favour or a settlement
 * @param note           who held the filing when it was missed
 */
public record StateDispute(String claimId, String state, String process, String body, Status status, String grounds,
    BigDecimal ourAmount, String filingDeadline, LocalDate filingDueOn, LocalDate filedOn, String reference,
    String ownStep, LocalDate ownStepEndsOn, LocalDate decisionDueOn, int paymentDays, Decision decision,
    BigDecimal decidedAmount, LocalDate decidedOn, String note) {

  public enum Status { PREPARING, FILED, SETTLED, DECIDED, MISSED }

  /** What the body decided: WON (the payer owes the amount) or LOST. */
  public enum Decision { WON, LOST }

  StateDispute prepared(String grounds, BigDecimal ourAmount) {
    return new StateDispute(claimId, state, process, body, status, grounds, ourAmount, filingDeadline, filingDueOn,
        filedOn, reference, ownStep, ownStepEndsOn, decisionDueOn, paymentDays, decision, decidedAmount, decidedOn,
        note);
  }

  StateDispute filed(LocalDate on, String reference, LocalDate ownStepEndsOn, LocalDate decisionDueOn) {
    return new StateDispute(claimId, state, process, body, Status.FILED, grounds, ourAmount, filingDeadline,
        filingDueOn, on, reference, ownStep, ownStepEndsOn, decisionDueOn, paymentDays, decision, decidedAmount,
        decidedOn, note);
  }

  StateDispute ended(Status status, Decision decision, BigDecimal amount, LocalDate on, String note) {
    return new StateDispute(claimId, state, process, body, status, grounds, ourAmount, filingDeadline, filingDueOn,
        filedOn, reference, ownStep, ownStepEndsOn, decisionDueOn, paymentDays, decision, amount, on, note);
  }
}
