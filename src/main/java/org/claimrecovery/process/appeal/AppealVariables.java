package org.claimrecovery.process.appeal;

/** The internal appeal (bpmn/internal-appeal.bpmn): its messages, form fields and results. */
public final class AppealVariables {

  /** The level the appeal is at: 1 or 2. */
  public static final String APPEAL_LEVEL = "appealLevel";
  /** The appeal as its tasks show it (Markdown). */
  public static final String APPEAL_SUMMARY = "appealSummary";
  /** OVERTURNED, PARTIALLY_OVERTURNED (accepted), EXHAUSTED (the payer missed its deadline) or MISSED; none else. */
  public static final String APPEAL_RESULT = "appealResult";
  public static final String APPEAL_GROUNDS = "appealGrounds";
  public static final String APPEAL_EVIDENCE = "appealEvidence";
  /** The appeal letter's ledger entry, while it waits in the outbox. */
  public static final String APPEAL_LETTER_ID = "appealLetterId";
  public static final String APPEAL_LETTER_AWAITS_DISPATCH = "appealLetterAwaitsDispatch";
  /** OVERTURNED, PARTIALLY_OVERTURNED or UPHELD. */
  public static final String APPEAL_DECISION = "appealDecision";
  public static final String APPEAL_DECISION_AMOUNT = "appealDecisionAmount";
  public static final String APPEAL_DECIDED_ON = "appealDecidedOn";
  /** Whether the decided level is the plan's last. */
  public static final String APPEAL_LAST_LEVEL = "appealLastLevel";
  /** ACCEPT or GO_ON: what we do with a partly overturned amount. */
  public static final String PARTIAL_OVERTURN_CHOICE = "partialOverturnChoice";
  public static final String DISPATCHED_ON = "dispatchedOn";
  public static final String DISPATCH_PROOF = "dispatchProof";

  private AppealVariables() {}
}
