package org.claimrecovery.claims;

/** Where a case stands; the process model moves it, the API reports it. */
public enum Stage {
  INTAKE,
  AWAITING_INITIAL_PAYMENT,
  INITIAL_PAYMENT_REVIEW,
  /** Preparing or running the negotiation with the payer. */
  NEGOTIATION,
  /** Settled with the payer; waiting for the agreed payment. */
  AWAITING_SETTLEMENT_PAYMENT,
  /** In federal IDR (federal-idr.bpmn): eligibility, initiation, the entity's determination. */
  FEDERAL_IDR,
  /** In the plan's internal appeal (internal-appeal.bpmn): one or two levels before external review. */
  INTERNAL_APPEAL,
  /** In external review (external-review.bpmn): the request to the reviewer and its decision. */
  EXTERNAL_REVIEW,
  /** In a state's own dispute process (state-dispute.bpmn): filing with the state body and its decision. */
  STATE_DISPUTE,
  /** A complaint to the regulator of the plan (regulator-complaint.bpmn) after a dispute decided against us. */
  REGULATOR_COMPLAINT,
  /** Decided to dispute; waits visibly until the dispute stage is available. */
  AWAITING_DISPUTE_STAGE,
  CLOSED
}
