package org.claimrecovery.process.externalreview;

/** External review (bpmn/external-review.bpmn): its messages, form fields and results. */
public final class ExternalReviewVariables {

  /** The external review as its tasks show it (Markdown). */
  public static final String EXTERNAL_REVIEW_SUMMARY = "externalReviewSummary";
  /** OVERTURNED (the payer owes an amount), LOST, COMPLAINT or MISSED; none else. */
  public static final String EXTERNAL_REVIEW_RESULT = "externalReviewResult";
  public static final String EXTERNAL_REVIEW_GROUNDS = "externalReviewGrounds";
  /** The independent review organization or state office, with its address or portal. */
  public static final String EXTERNAL_REVIEWER = "externalReviewer";
  /** MAIL or REVIEW_PORTAL. */
  public static final String EXTERNAL_REVIEW_CHANNEL = "externalReviewChannel";
  /** The request package's ledger entry, while it waits in the outbox. */
  public static final String EXTERNAL_REVIEW_REQUEST_ID = "externalReviewRequestId";
  public static final String EXTERNAL_REVIEW_REQUESTED_ON = "externalReviewRequestedOn";
  public static final String EXTERNAL_REVIEW_REQUEST_PROOF = "externalReviewRequestProof";
  /** OVERTURNED or UPHELD. */
  public static final String EXTERNAL_REVIEW_DECISION = "externalReviewDecision";
  public static final String EXTERNAL_REVIEW_DECISION_AMOUNT = "externalReviewDecisionAmount";
  public static final String EXTERNAL_REVIEW_DECIDED_ON = "externalReviewDecidedOn";
  /** CLOSE or COMPLAINT: what a supervisor does after an upheld review. */
  public static final String AFTER_UPHELD_CHOICE = "afterUpheldChoice";
  public static final String AFTER_UPHELD_NOTE = "afterUpheldNote";

  private ExternalReviewVariables() {}
}
