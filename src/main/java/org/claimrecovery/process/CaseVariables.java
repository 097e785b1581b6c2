package org.claimrecovery.process;

/** Names of the claim-recovery process variables that Java reads or writes (the models use the same). */
final class CaseVariables {

  static final String PROCESS_KEY = "claim-recovery";
  static final String MESSAGE_INITIAL_PAYMENT_RECEIVED = "InitialPaymentReceived";

  static final String CLAIM_ID = "claimId";
  static final String CLAIM_NUMBER = "claimNumber";
  static final String PAYER_NAME = "payerName";
  static final String AMOUNT_AT_STAKE = "amountAtStake";
  static final String NEXT_DEADLINE = "nextDeadline";
  /** DMN inputs */
  static final String SERVICE_CATEGORY = "serviceCategory";
  static final String PLAN_TYPE = "planType";
  static final String NOTICE_AND_CONSENT_OBTAINED = "noticeAndConsentObtained";
  static final String STATE_LAW_APPLIES = "stateLawApplies";
  static final String COVERAGE_DENIAL = "coverageDenial";
  static final String INITIAL_PAYMENT_KNOWN = "initialPaymentKnown";
  /** DMN result (singleResult map) and what is taken from it */
  static final String CLASSIFICATION = "classification";
  static final String NSA_ELIGIBLE = "nsaEligible";
  static final String PATHWAY = "pathway";
  /** Forms */
  static final String REVIEW_SUMMARY = "reviewSummary";
  static final String PAYMENT_OVERDUE_SUMMARY = "paymentOverdueSummary";
  static final String DECISION = "decision";
  static final String ACCEPT_REASON = "acceptReason";
  static final String REVIEW_NOTE = "reviewNote";
  static final String REVIEWED_BY = "reviewedBy";

  private CaseVariables() {}
}
