package org.claimrecovery.process;

import static org.claimrecovery.process.CaseVariables.CLAIM_ID;

import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.claimrecovery.appeal.AppealLevel;
import org.claimrecovery.appeal.InternalAppeals;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.complaint.RegulatorComplaint;
import org.claimrecovery.complaint.RegulatorComplaints;
import org.claimrecovery.deadlines.CaseDeadlines;
import org.claimrecovery.deadlines.Deadline;
import org.claimrecovery.externalreview.ExternalReview;
import org.claimrecovery.externalreview.ExternalReviews;
import org.claimrecovery.idr.IdrInitiationWindow;
import org.claimrecovery.negotiation.NegotiationDates;
import org.claimrecovery.negotiation.Negotiations;
import org.claimrecovery.settlement.Settlements;
import org.claimrecovery.statedispute.StateDispute;
import org.claimrecovery.statedispute.StateDisputes;
import org.springframework.stereotype.Component;

/**
 * The {@code deadlines} bean the models call for timer dates and task due dates, e.g.
 * {@code ${deadlines.expiryOf(execution, 'PAYER_INITIAL_PAYMENT')}}. Dates come from the deadline rules,
 * never from literals in the model.
 */
@Component("deadlines")
public class DeadlineExpressions {

  private final CaseDeadlines deadlines;
  private final CaseClock clock;
  private final Negotiations negotiations;
  private final NegotiationDates dates;
  private final Settlements settlements;
  private final IdrInitiationWindow idrWindow;
  private final InternalAppeals appeals;
  private final ExternalReviews externalReviews;
  private final StateDisputes stateDisputes;
  private final RegulatorComplaints complaints;

  DeadlineExpressions(CaseDeadlines deadlines, CaseClock clock, Negotiations negotiations, NegotiationDates dates,
      Settlements settlements, IdrInitiationWindow idrWindow, InternalAppeals appeals,
      ExternalReviews externalReviews, StateDisputes stateDisputes, RegulatorComplaints complaints) {
    this.deadlines = deadlines;
    this.complaints = complaints;
    this.stateDisputes = stateDisputes;
    this.externalReviews = externalReviews;
    this.appeals = appeals;
    this.idrWindow = idrWindow;
    this.clock = clock;
    this.negotiations = negotiations;
    this.dates = dates;
    this.settlements = settlements;
  }

  /** Start of the business day, a configured margin before the deadline, on which work still open escalates. */
  public Date escalationDateOf(VariableScope scope, String code) {
    return clock.startOf(deadlines.escalationDay(deadline(scope, code).dueOn()));
  }

  /** Start of the day after the last day the payer may pay what it owes (fixed when the amount was decided). */
  public Date settlementPaymentExpiry(VariableScope scope) {
    return clock.expiryOf(settlements.paymentDueOn((String) scope.getVariable(CLAIM_ID)));
  }

  /**
   * Start of the day after the payer's response window (rules/negotiation.yaml, business days after our
   * latest letter) ends: when the follow-up letter is due.
   */
  public Date payerFollowUpDate(VariableScope scope) {
    return clock.expiryOf(dates.followUpDueOn((String) scope.getVariable(CLAIM_ID)));
  }

  /**
   * When the negotiation's waiting ends for want of a settlement: under the NSA the start of the day after
   * OPEN_NEGOTIATION_PERIOD_END; outside it the start of the day after the payer window's end, itself never
   * later than the appeal bound (rules/payers.yaml).
   */
  public Date negotiationPeriodExpiry(VariableScope scope) {
    String claimId = (String) scope.getVariable(CLAIM_ID);
    return negotiations.outsideFederalIdr(claimId) ? clock.expiryOf(dates.windowEnd(claimId))
        : expiryOf(scope, "OPEN_NEGOTIATION_PERIOD_END");
  }

  /** End of the negotiation period's last day: the due date of work that must be done within the period. */
  public Date negotiationPeriodDue(VariableScope scope) {
    String claimId = (String) scope.getVariable(CLAIM_ID);
    return negotiations.outsideFederalIdr(claimId) ? clock.endOf(dates.windowEnd(claimId))
        : clock.endOf(deadline(scope, "OPEN_NEGOTIATION_PERIOD_END").dueOn());
  }

  /**
   * Due date of the notice (NSA: OPEN_NEGOTIATION_INITIATION) or, outside federal IDR, the negotiation letter (the
   * filing bound); for a bundle the earliest of its claims'.
   */
  public Date noticeDueDate(VariableScope scope) {
    return clock.endOf(dates.noticeDueOn((String) scope.getVariable(CLAIM_ID)));
  }

  /** The configured business days before {@link #noticeDueDate}: supervisors hear of an unsent notice or letter. */
  public Date noticeEscalationDate(VariableScope scope) {
    return clock.startOf(deadlines.escalationDay(dates.noticeDueOn((String) scope.getVariable(CLAIM_ID))));
  }

  /**
   * Outside the NSA, whatever the negotiation's state: the start of the day after the appeal bound,
   * the next stage's filing deadline (INTERNAL_APPEAL_FILING, or the state process's) minus the margin of
   * rules/payers.yaml.
   */
  public Date filingBoundExpiry(VariableScope scope) {
    return clock.expiryOf(dates.filingBound((String) scope.getVariable(CLAIM_ID)));
  }

  /**
   * End of the initiation window's last day (IDR_INITIATION, or COOLING_OFF_INITIATION for a claim a cooling-off
   * period held back): the last moment to initiate federal IDR.
   */
  public Date idrInitiationDue(VariableScope scope) {
    return clock.endOf(idrInitiationDueOn(scope));
  }

  /** Start of the day after the initiation window's last day: the window has closed. */
  public Date idrInitiationExpiry(VariableScope scope) {
    return clock.expiryOf(idrInitiationDueOn(scope));
  }

  /**
   * Start of the business day a configured margin before the window closes; IDR_INITIATION is only 4 business days,
   * shorter than the margin, so supervisors then hear of an uninitiated dispute on its last day instead of before
   * the window opened.
   */
  public Date idrInitiationEscalationDate(VariableScope scope) {
    String claimId = (String) scope.getVariable(CLAIM_ID);
    LocalDate dueOn = idrInitiationDueOn(scope);
    LocalDate escalation = deadlines.escalationDay(dueOn);
    boolean beforeWindow = idrWindow.opensOn(claimId).map(escalation::isBefore).orElse(true);
    return clock.startOf(beforeWindow ? dueOn : escalation);
  }

  /** End of the current appeal level's filing deadline (INTERNAL_APPEAL_FILING for the first level). */
  public Date appealFilingDue(VariableScope scope) {
    return clock.endOf(appealLevel(scope).filingDueOn());
  }

  /** The current appeal level's filing deadline as an ISO date, for the documentation check it calls. */
  public String appealFilingDay(VariableScope scope) {
    var due = appealLevel(scope).filingDueOn();
    return due == null ? null : due.toString();
  }

  /** Start of the day after the current appeal level's filing deadline: it can no longer be filed. */
  public Date appealFilingExpiry(VariableScope scope) {
    return clock.expiryOf(appealLevel(scope).filingDueOn());
  }

  /** Start of the day firstCalendarDaysBefore the level's filing deadline (rules/appeals.yaml). */
  public Date appealFirstReminder(VariableScope scope) {
    return clock.startOf(appealLevel(scope).filingDueOn().minusDays(appeals.reminders().firstCalendarDaysBefore()));
  }

  /** Start of the day lastCalendarDaysBefore the level's filing deadline (rules/appeals.yaml). */
  public Date appealLastReminder(VariableScope scope) {
    return clock.startOf(appealLevel(scope).filingDueOn().minusDays(appeals.reminders().lastCalendarDaysBefore()));
  }

  /** End of the payer's decision deadline for the filed level, fixed when it was filed. */
  public Date appealDecisionDue(VariableScope scope) {
    return clock.endOf(appealLevel(scope).decisionDueOn());
  }

  /** Start of the day after the payer's decision deadline for the filed level. */
  public Date appealDecisionExpiry(VariableScope scope) {
    return clock.expiryOf(appealLevel(scope).decisionDueOn());
  }

  /** End of the day of the external review's request deadline (EXTERNAL_REVIEW_REQUEST, fixed when it opened). */
  public Date externalReviewRequestDue(VariableScope scope) {
    return clock.endOf(externalReview(scope).requestDueOn());
  }

  /** The external review's request deadline as an ISO date, for the documentation check it calls. */
  public String externalReviewRequestDay(VariableScope scope) {
    return externalReview(scope).requestDueOn().toString();
  }

  /** Start of the day after the request deadline: external review can no longer be requested. */
  public Date externalReviewRequestExpiry(VariableScope scope) {
    return clock.expiryOf(externalReview(scope).requestDueOn());
  }

  /** Start of the business day the configured escalation margin before the request deadline: supervisors hear. */
  public Date externalReviewRequestReminder(VariableScope scope) {
    return clock.startOf(deadlines.escalationDay(externalReview(scope).requestDueOn()));
  }

  /** End of the day the reviewer must decide by (EXTERNAL_REVIEW_DECISION, fixed on the request); none when none. */
  public Date externalReviewDecisionDue(VariableScope scope) {
    var dueOn = externalReview(scope).decisionDueOn();
    return dueOn == null ? null : clock.endOf(dueOn);
  }

  /**
   * Start of the day after the reviewer's decision deadline.
   *
   * @throws IllegalStateException (an incident for a person) when no rule in force gives the reviewer a deadline, as
   *     for an FEHB carrier's OPM review: not guessed
   */
  public Date externalReviewDecisionExpiry(VariableScope scope) {
    var review = externalReview(scope);
    if (review.decisionDueOn() == null) {
      throw new IllegalStateException("claim " + review.claimId() + " has no EXTERNAL_REVIEW_DECISION deadline "
          + "under the rules in force");
    }
    return clock.expiryOf(review.decisionDueOn());
  }

  /**
   * Whether the case can go to its state's dispute process: pathway STATE_PROCESS, an entry of
   * rules/state-disputes.yaml for the state whose law applies, and its filing deadline dated on the case.
   */
  public boolean hasStateDispute(VariableScope scope) {
    return stateDisputes.available((String) scope.getVariable(CLAIM_ID));
  }

  /** End of the day of the state dispute's filing deadline (fixed when it opened). */
  public Date stateDisputeFilingDue(VariableScope scope) {
    return clock.endOf(stateDispute(scope).filingDueOn());
  }

  /** The state dispute's filing deadline as an ISO date, for the documentation check it calls. */
  public String stateDisputeFilingDay(VariableScope scope) {
    return stateDispute(scope).filingDueOn().toString();
  }

  /** Start of the day after the filing deadline: the state dispute can no longer be filed. */
  public Date stateDisputeFilingExpiry(VariableScope scope) {
    return clock.expiryOf(stateDispute(scope).filingDueOn());
  }

  /** Start of the business day the configured escalation margin before the filing deadline: supervisors hear. */
  public Date stateDisputeFilingReminder(VariableScope scope) {
    return clock.startOf(deadlines.escalationDay(stateDispute(scope).filingDueOn()));
  }

  /** End of the last day of the state's own negotiation or mediation step (fixed on the filing). */
  public Date stateDisputeOwnStepDue(VariableScope scope) {
    return clock.endOf(ownStepEndsOn(scope));
  }

  /** Start of the day after the state's own step: not settled, the body decides. */
  public Date stateDisputeOwnStepExpiry(VariableScope scope) {
    return clock.expiryOf(ownStepEndsOn(scope));
  }

  /** End of the day the state's body must decide by (fixed on the filing from the state's data). */
  public Date stateDisputeDecisionDue(VariableScope scope) {
    return clock.endOf(stateDispute(scope).decisionDueOn());
  }

  /** Start of the day after the body's decision deadline: supervisors ask. */
  public Date stateDisputeDecisionExpiry(VariableScope scope) {
    return clock.expiryOf(stateDispute(scope).decisionDueOn());
  }

  /** End of the day the regulator's answer to the complaint is awaited by (fixed on the filing). */
  public Date complaintResponseDue(VariableScope scope) {
    return clock.endOf(complaint(scope).responseDueOn());
  }

  /**
   * The follow-ups of an unanswered complaint as a time cycle: at the start of the day after its answer was due, then
   * every as many days as the regulator's response time (rules/regulators.yaml), at most twelve times.
   */
  public String complaintFollowUpCycle(VariableScope scope) {
    var complaint = complaint(scope);
    return "R12/" + clock.expiryOf(complaint.responseDueOn()).toInstant() + "/P" + complaint.responseDays() + "D";
  }

  private RegulatorComplaint complaint(VariableScope scope) {
    return complaints.current((String) scope.getVariable(CLAIM_ID));
  }

  private LocalDate ownStepEndsOn(VariableScope scope) {
    var dispute = stateDispute(scope);
    if (dispute.ownStepEndsOn() == null) {
      throw new IllegalStateException("claim " + dispute.claimId() + ": " + dispute.state()
          + "'s dispute process has no own negotiation or mediation step");
    }
    return dispute.ownStepEndsOn();
  }

  private StateDispute stateDispute(VariableScope scope) {
    return stateDisputes.current((String) scope.getVariable(CLAIM_ID));
  }

  private ExternalReview externalReview(VariableScope scope) {
    return externalReviews.current((String) scope.getVariable(CLAIM_ID));
  }

  private AppealLevel appealLevel(VariableScope scope) {
    return appeals.current((String) scope.getVariable(CLAIM_ID));
  }

  /** Start of the day after the cooling-off period that holds the claim back (idrHeldUntil) ends. */
  public Date idrHoldExpiry(VariableScope scope) {
    return clock.expiryOf(LocalDate.parse((String) scope.getVariable("idrHeldUntil")));
  }

  private LocalDate idrInitiationDueOn(VariableScope scope) {
    String claimId = (String) scope.getVariable(CLAIM_ID);
    return idrWindow.of(claimId).map(Deadline::dueOn).orElseThrow(() -> new IllegalStateException(
        "claim " + claimId + " has no federal IDR initiation window under the rules in force"));
  }

  /**
   * End of the due day of an IDR deadline, e.g. {@code ${deadlines.idrDueDate(execution, 'IDR_OFFER_SUBMISSION')}};
   * none (null: the task has no due date) when the case has no such deadline under the rules in force.
   */
  public Date idrDueDate(VariableScope scope, String code) {
    return deadlines.find((String) scope.getVariable(CLAIM_ID), code).map(deadline -> clock.endOf(deadline.dueOn()))
        .orElse(null);
  }

  /**
   * Whether a law configured in the rules gives the payer a deadline to pay or deny the claim: the No Surprises Act
   * for its items, ERISA for employer plans, a state's prompt pay for the plans issued there.
   */
  public boolean governsPayerDecision(VariableScope scope) {
    return deadlines.payerClaimDecision((String) scope.getVariable(CLAIM_ID)).isPresent();
  }

  /** Start of the day after the payer's deadline to pay or deny the claim (the earliest, when several laws set one). */
  public Date payerDecisionExpiry(VariableScope scope) {
    String claimId = (String) scope.getVariable(CLAIM_ID);
    return clock.expiryOf(deadlines.payerClaimDecision(claimId).orElseThrow(() -> new IllegalStateException(
        "claim " + claimId + " has no payer deadline to pay or deny it under the rules in force")).dueOn());
  }

  /** Whether a rule with this code governs the case and can be dated (e.g. the payer's deadline for NSA items). */
  public boolean governs(VariableScope scope, String code) {
    return deadlines.find((String) scope.getVariable(CLAIM_ID), code).isPresent();
  }

  /** Start of the day after the deadline: when a timer reacting to the expired period fires. */
  public Date expiryOf(VariableScope scope, String code) {
    return clock.expiryOf(deadline(scope, code).dueOn());
  }

  /**
   * End of the day of the case's next provider deadline: the due date of the current work. None when no rule
   * in force gives the case a provider deadline (e.g. a claim from before the rules it would fall under).
   */
  public Date providerDueDate(VariableScope scope) {
    return nextProviderDeadline(scope).map(deadline -> clock.endOf(deadline.dueOn())).orElse(null);
  }

  /**
   * The day of the provider's next deadline as Tasklist's "Next deadline" column shows it: a date (2027-01-08), the
   * day in the provider's time zone, never an instant in UTC; null when none.
   */
  public String providerDueDay(VariableScope scope) {
    return nextProviderDeadline(scope).map(deadline -> deadline.dueOn().toString()).orElse(null);
  }

  /**
   * Start of the business day the current work escalates, a configured margin before its deadline; now when
   * the case has no provider deadline, so that supervisors look at it at once instead of nobody.
   */
  public Date escalationDate(VariableScope scope) {
    return nextProviderDeadline(scope).map(deadline -> clock.startOf(deadlines.escalationDay(deadline.dueOn())))
        .orElseGet(() -> Date.from(clock.now()));
  }

  /**
   * Due date of gathering the documents a filing requires (documentationCheck): the end of the escalation day before
   * the filing deadline (filingDueDate, an ISO date), so that the filing still goes out in time; without a filing
   * deadline the follow-up due date.
   */
  public Date documentsDueDate(VariableScope scope) {
    Object filingDueDate = scope.getVariable("filingDueDate");
    if (filingDueDate == null || filingDueDate.toString().isBlank()) {
      return followUpDue(scope);
    }
    return clock.endOf(deadlines.escalationDay(LocalDate.parse(filingDueDate.toString().strip())));
  }

  /** Due date for follow-up work that has no statutory deadline of its own. */
  public Date followUpDue(VariableScope scope) {
    return clock.endOf(deadlines.followUpDay());
  }

  private Deadline deadline(VariableScope scope, String code) {
    String claimId = (String) scope.getVariable(CLAIM_ID);
    return deadlines.find(claimId, code).orElseThrow(() -> new IllegalStateException(
        "claim " + claimId + " has no deadline " + code + " under the rules in force"));
  }

  private Optional<Deadline> nextProviderDeadline(VariableScope scope) {
    return deadlines.currentProviderDeadline((String) scope.getVariable(CLAIM_ID));
  }
}
