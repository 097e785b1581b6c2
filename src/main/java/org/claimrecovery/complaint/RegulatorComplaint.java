package org.claimrecovery.complaint;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A claim's complaint to the regulator of its plan, as it stands.
 *
 * @param number        the claim's first complaint is 1, a later one 2 and so on
 * @param regulatorId   the id of rules/regulators.yaml the complaint opened under
 * @param regulator     whom we complain to, and where
 * @param cause         why the case came to a complaint
 * @param responseDays  days after the filing before the regulator's answer is followed up, and between follow-ups
 * @param responseDueOn the day the answer is awaited by, fixed on the filing
 * @param amountOwed    what the regulator found the payer owes; null when it found nothing owed
 * @param note          who followed up last and what they did, or why the complaint was withdrawn
 */
public record RegulatorComplaint(String claimId, int number, String regulatorId, String regulator, LocalDate openedOn, Cause cause,
    Status status, String grounds, LocalDate filedOn, String reference, int responseDays, LocalDate responseDueOn,
    int followUps, LocalDate lastFollowUpOn, Result result, BigDecimal amountOwed, LocalDate resolvedOn,
    String note) {

  public enum Status { PREPARING, FILED, RESOLVED, WITHDRAWN }

  /**
   * Why a person complains: UNPAID_AMOUNT, the payer has not paid what a decision or settlement says it owes;
   * PAYER_MISSED_DEADLINE, the payer let its own statutory deadline pass (its initial payment or denial); both run
   * beside the case, which goes on. ADVERSE_DECISION: a dispute was decided against us, and the complaint is the
   * case's next step.
   */
  public enum Cause {
    UNPAID_AMOUNT, PAYER_MISSED_DEADLINE, ADVERSE_DECISION;

    /** Whether the complaint is the case's own next step, rather than running beside it. */
    public boolean isTheCasesNextStep() {
      return this == ADVERSE_DECISION;
    }
  }

  /** Whether the regulator's answer is still to come. */
  public boolean open() {
    return status == Status.PREPARING || status == Status.FILED;
  }

  /** The regulator's answer: JUSTIFIED (it found against the payer) or NOT_JUSTIFIED. */
  public enum Result { JUSTIFIED, NOT_JUSTIFIED }

  RegulatorComplaint prepared(String grounds) {
    return new RegulatorComplaint(claimId, number, regulatorId, regulator, openedOn, cause, status, grounds, filedOn,
        reference, responseDays, responseDueOn, followUps, lastFollowUpOn, result, amountOwed, resolvedOn, note);
  }

  RegulatorComplaint filed(LocalDate on, String reference) {
    return new RegulatorComplaint(claimId, number, regulatorId, regulator, openedOn, cause, Status.FILED, grounds, on,
        reference, responseDays, on.plusDays(responseDays), followUps, lastFollowUpOn, result, amountOwed, resolvedOn,
        note);
  }

  RegulatorComplaint followedUp(LocalDate on, String note) {
    return new RegulatorComplaint(claimId, number, regulatorId, regulator, openedOn, cause, status, grounds, filedOn,
        reference, responseDays, responseDueOn, followUps + 1, on, result, amountOwed, resolvedOn, note);
  }

  RegulatorComplaint ended(Status status, Result result, BigDecimal amountOwed, LocalDate on, String note) {
    return new RegulatorComplaint(claimId, number, regulatorId, regulator, openedOn, cause, status, grounds, filedOn,
        reference, responseDays, responseDueOn, followUps, lastFollowUpOn, result, amountOwed, on, note);
  }
}
