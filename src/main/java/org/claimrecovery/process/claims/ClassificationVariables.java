package org.claimrecovery.process.claims;

/** The claim-recovery process's classification: the decision's inputs and result, and what the next task shows. */
public final class ClassificationVariables {

  public static final String MESSAGE_INITIAL_PAYMENT_RECEIVED = "InitialPaymentReceived";
  /** DMN inputs */
  public static final String SERVICE_CATEGORY = "serviceCategory";
  public static final String PLAN_TYPE = "planType";
  public static final String NOTICE_AND_CONSENT_OBTAINED = "noticeAndConsentObtained";
  public static final String CONSENT_CANNOT_WAIVE = "consentCannotWaive";
  public static final String STATE_LAW_APPLIES = "stateLawApplies";
  public static final String COVERAGE_DENIAL = "coverageDenial";
  public static final String INITIAL_PAYMENT_KNOWN = "initialPaymentKnown";
  /** DMN result (singleResult map) and what is taken from it */
  public static final String CLASSIFICATION = "classification";
  public static final String NSA_ELIGIBLE = "nsaEligible";
  public static final String PATHWAY = "pathway";
  /** Forms */
  public static final String REVIEW_SUMMARY = "reviewSummary";
  public static final String PAYMENT_OVERDUE_SUMMARY = "paymentOverdueSummary";

  private ClassificationVariables() {}
}
