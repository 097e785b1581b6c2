package org.claimrecovery.process.review;

/** The initial payment review's form fields and who decided. */
public final class ReviewVariables {

  public static final String DECISION = "decision";
  public static final String ACCEPT_REASON = "acceptReason";
  public static final String REVIEW_NOTE = "reviewNote";
  public static final String REVIEWED_BY = "reviewedBy";

  private ReviewVariables() {}
}
