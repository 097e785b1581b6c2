package org.claimrecovery.correspondence;

public enum CorrespondenceKind {
  OPEN_NEGOTIATION_NOTICE,
  NEGOTIATION_LETTER,
  OPEN_NEGOTIATION_RESPONSE,
  COUNTEROFFER,
  FOLLOW_UP,
  SETTLEMENT,
  PAYER_RESPONSE,
  PAYER_COUNTEROFFER,
  PAYER_ACCEPTANCE,
  PAYER_DENIAL,
  /** Our internal appeal's letter to the payer; its round is the appeal's level. */
  APPEAL_LETTER,
  APPEAL_DECISION,
  /** Our request for external review to the reviewer staff named (an IRO or the state), round 0. */
  EXTERNAL_REVIEW_REQUEST,
  /** Our filing with a state's dispute body (rules/state-disputes.yaml), round 0. */
  STATE_DISPUTE_FILING,
  /** Our complaint to the regulator of the plan (rules/regulators.yaml), round 0. */
  REGULATOR_COMPLAINT,
  /** Our notice of IDR initiation to the payer (45 CFR 149.510(b)(2)(iii)), round 0. */
  IDR_INITIATION_NOTICE,
  IDR_DETERMINATION,
  PAYMENT,
  OTHER
}
