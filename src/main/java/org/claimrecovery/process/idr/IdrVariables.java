package org.claimrecovery.process.idr;

/** The federal IDR stage (bpmn/federal-idr.bpmn): its messages, form fields and results. */
public final class IdrVariables {

  public static final String IDR_ELIGIBLE = "idrEligible";
  /** The last day of the cooling-off period that holds the claim back (ISO date); null when none does. */
  public static final String IDR_HELD_UNTIL = "idrHeldUntil";
  /** The eligibility checks with reasons and sources (Markdown). */
  public static final String IDR_ELIGIBILITY_SUMMARY = "idrEligibilitySummary";
  /** The claim as the preparation needs it (Markdown). */
  public static final String IDR_PREPARATION_SUMMARY = "idrPreparationSummary";
  /** The dispute as it stands, with the next IDR deadline (Markdown). */
  public static final String IDR_DISPUTE_SUMMARY = "idrDisputeSummary";
  /** WON, LOST, SETTLED or INELIGIBLE. */
  public static final String IDR_RESULT = "idrResult";
  public static final String OFFER_AMOUNT = "offerAmount";
  public static final String OFFER_JUSTIFICATION = "offerJustification";
  public static final String IDR_ENTITY = "idrEntity";
  /** A billing supervisor's written reason to file a justification with findings anyway. */
  public static final String OVERRIDE_REASON = "overrideReason";
  public static final String DISPUTE_NUMBER = "disputeNumber";
  public static final String INITIATED_ON = "initiatedOn";
  public static final String SELECTED_ON = "selectedOn";
  /** PARTIES or DEPARTMENTS; none means the parties. */
  public static final String SELECTED_BY = "selectedBy";
  /** When the payer objected to our preferred entity; optional. */
  public static final String PAYER_OBJECTED_ON = "payerObjectedOn";
  /** The fees due with the offer (Markdown), a task's own variable, read when the task opens. */
  public static final String IDR_FEES_DUE = "idrFeesDue";
  /** The stage's deadlines with due date and status (Markdown), a task's own variable, read when it opens. */
  public static final String IDR_DATES = "idrDates";
  public static final String SUBMITTED_ON = "submittedOn";
  public static final String FEES_PAID = "feesPaid";
  /** PROVIDER, PAYER or SETTLED. */
  public static final String PREVAILING_PARTY = "prevailingParty";
  public static final String DETERMINATION_AMOUNT = "determinationAmount";
  public static final String DETERMINED_ON = "determinedOn";
  public static final String REPORTED_ON = "reportedOn";
  /** Claim numbers of other claims to file in the same dispute (a batch this claim leads). */
  public static final String BATCH_CLAIM_NUMBERS = "batchClaimNumbers";
  /** FILE, AWAIT_BATCH or FILED_BY_LEAD: where the process goes after the preparation (FederalIdr.AfterPreparation). */
  public static final String AFTER_IDR_PREPARATION = "afterIdrPreparation";
  /** A supervisor's note on a dispute that could not be filed. */
  public static final String INELIGIBLE_NOTE = "ineligibleNote";

  public static final String MESSAGE_IDR_INITIATED = "IdrInitiated";
  public static final String MESSAGE_IDR_ENTITY_SELECTED = "IdrEntitySelected";
  public static final String MESSAGE_IDR_OFFERS_SUBMITTED = "IdrOffersSubmitted";
  public static final String MESSAGE_IDR_DETERMINATION = "IdrDetermination";
  public static final String MESSAGE_IDR_SETTLED = "IdrSettled";
  public static final String MESSAGE_IDR_BATCH_PREPARED = "IdrBatchPrepared";
  public static final String MESSAGE_IDR_BATCH_CONCLUDED = "IdrBatchConcluded";

  /** prevailingParty of a settlement during IDR. */
  public static final String SETTLED = "SETTLED";

  /**
   * engine/Groups.SUPERVISORS, written out: engine/ depends on process/ (DecisionRefused), so process/ importing it
   * would make a cycle.
   */
  static final String SUPERVISORS = "billing-supervisors";

  /** Who acted when the engine runs without an authenticated user (a job, a timer). */
  static final String SYSTEM = "system";

  private IdrVariables() {}
}
