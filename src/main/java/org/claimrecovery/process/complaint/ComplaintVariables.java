package org.claimrecovery.process.complaint;

/** Regulator complaint (bpmn/regulator-complaint.bpmn): its form fields and results. */
public final class ComplaintVariables {

  /** The complaint as its tasks show it (Markdown). */
  public static final String COMPLAINT_SUMMARY = "complaintSummary";
  /** AMOUNT_OWED (the regulator found an amount the payment watch now waits for) or ENDED. */
  public static final String COMPLAINT_RESULT = "complaintResult";
  public static final String COMPLAINT_GROUNDS = "complaintGrounds";
  /** The complaint package's ledger entry, while it waits in the outbox. */
  public static final String COMPLAINT_PACKAGE_ID = "complaintPackageId";
  public static final String COMPLAINT_FILED_ON = "complaintFiledOn";
  /** The regulator's reference for the complaint. */
  public static final String COMPLAINT_REFERENCE = "complaintReference";
  public static final String COMPLAINT_FOLLOWED_UP_ON = "complaintFollowedUpOn";
  public static final String COMPLAINT_FOLLOW_UP_NOTE = "complaintFollowUpNote";
  /** JUSTIFIED or NOT_JUSTIFIED. */
  public static final String COMPLAINT_ANSWER = "complaintAnswer";
  /** What the regulator found the payer owes; empty when nothing. */
  public static final String COMPLAINT_AMOUNT_OWED = "complaintAmountOwed";
  public static final String COMPLAINT_ANSWERED_ON = "complaintAnsweredOn";

  private ComplaintVariables() {}
}
