package org.claimrecovery.process.statedispute;

/** State dispute (bpmn/state-dispute.bpmn): its messages, form fields and results. */
public final class StateDisputeVariables {

  /** The state dispute as its tasks show it (Markdown). */
  public static final String STATE_DISPUTE_SUMMARY = "stateDisputeSummary";
  /** WON or SETTLED (the payer owes an amount), LOST or MISSED (the case is closed); none else. */
  public static final String STATE_DISPUTE_RESULT = "stateDisputeResult";
  /** Whether the state's process has its own negotiation or mediation step after the filing. */
  public static final String STATE_DISPUTE_HAS_OWN_STEP = "stateDisputeHasOwnStep";
  public static final String STATE_DISPUTE_GROUNDS = "stateDisputeGrounds";
  /** The amount we ask the body to award. */
  public static final String STATE_DISPUTE_AMOUNT = "stateDisputeAmount";
  /** The filing package's ledger entry, while it waits in the outbox. */
  public static final String STATE_DISPUTE_FILING_ID = "stateDisputeFilingId";
  public static final String STATE_DISPUTE_FILED_ON = "stateDisputeFiledOn";
  /** The body's reference for the dispute. */
  public static final String STATE_DISPUTE_REFERENCE = "stateDisputeReference";
  /** SETTLED or NOT_SETTLED: the result of the state's own negotiation or mediation step. */
  public static final String STATE_DISPUTE_MEDIATION_RESULT = "stateDisputeMediationResult";
  public static final String STATE_DISPUTE_SETTLED_AMOUNT = "stateDisputeSettledAmount";
  public static final String STATE_DISPUTE_SETTLED_ON = "stateDisputeSettledOn";
  /** WON or LOST. */
  public static final String STATE_DISPUTE_DECISION = "stateDisputeDecision";
  public static final String STATE_DISPUTE_DECISION_AMOUNT = "stateDisputeDecisionAmount";
  public static final String STATE_DISPUTE_DECIDED_ON = "stateDisputeDecidedOn";

  private StateDisputeVariables() {}
}
