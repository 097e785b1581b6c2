package org.claimrecovery.process;

/** Names of the variables every case process carries (the models use the same). */
public final class CaseVariables {

  public static final String PROCESS_KEY = "claim-recovery";
  public static final String CLAIM_ID = "claimId";
  public static final String CLAIM_NUMBER = "claimNumber";
  public static final String PAYER_NAME = "payerName";
  public static final String AMOUNT_AT_STAKE = "amountAtStake";
  public static final String NEXT_DEADLINE = "nextDeadline";
  /** The lines every task form opens with (CaseHeadline), computed when the form opens; never stored. */
  public static final String CASE_HEADLINE = "caseHeadline";
  /**
   * Why a case goes to a regulator complaint (RegulatorComplaint.Cause), set by the step that chose it: claim-recovery's
   * follow-ups and the external review's decision after an upheld review.
   */
  public static final String COMPLAINT_CAUSE = "complaintCause";

  private CaseVariables() {}
}
