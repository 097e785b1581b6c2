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

  /** Negotiation stage (bpmn/negotiation.bpmn) */
  static final String NEGOTIATION_PROCESS_KEY = "negotiation";
  static final String MESSAGE_PAYER_RESPONSE = "PayerResponse";
  static final String MESSAGE_PAYMENT_RECEIVED = "PaymentReceived";
  static final String PREPARATION_SUMMARY = "preparationSummary";
  static final String PREPARATION_PROBLEMS = "preparationProblems";
  static final String PREPARATION_COMPLETE = "preparationComplete";
  static final String BUNDLE_CLAIM_NUMBERS = "bundleClaimNumbers";
  static final String AFTER_PREPARATION = "afterPreparation";
  static final String MESSAGE_BUNDLE_PREPARED = "BundlePrepared";
  static final String MESSAGE_BUNDLE_NEGOTIATION_ENDED = "BundleNegotiationEnded";
  static final String TARGET_AMOUNT = "targetAmount";
  static final String JUSTIFICATION_GROUNDS = "justificationGrounds";
  static final String JUSTIFICATION = "justification";
  static final String NOTICE_CHANNEL = "noticeChannel";
  /** Where the notice goes (fax number, portal account, address, e-mail): confirmDispatch shows it. */
  static final String NOTICE_RECIPIENT = "noticeRecipient";
  /** Channel and recipient as literal markdown text: the confirmDispatch form shows this, never the raw values. */
  static final String NOTICE_DISPATCH_SUMMARY = "noticeDispatchSummary";
  /** Dispatching a later letter from the outbox (bpmn/dispatch-letter.bpmn) */
  static final String DISPATCH_LETTER_PROCESS_KEY = "dispatch-letter";
  static final String CORRESPONDENCE_ID = "correspondenceId";
  static final String LETTER_SUMMARY = "letterSummary";
  static final String NOTICE_AWAITS_DISPATCH = "noticeAwaitsDispatch";
  static final String DISPATCHED_ON = "dispatchedOn";
  static final String DISPATCH_PROOF = "dispatchProof";
  static final String RESPONSE_TYPE = "responseType";
  static final String PAYER_AMOUNT = "payerAmount";
  static final String RESPONSE_RECEIVED_ON = "responseReceivedOn";
  static final String RESPONSE_NOTE = "responseNote";
  static final String PAYER_RESPONSE_SUMMARY = "payerResponseSummary";
  static final String RESPONSE_CHANNEL = "responseChannel";
  static final String NEGOTIATION_DECISION = "negotiationDecision";
  static final String COUNTER_AMOUNT = "counterAmount";
  static final String NEGOTIATION_RESULT = "negotiationResult";
  static final String AGREED_AMOUNT = "agreedAmount";
  static final String PAYMENT_RECEIVED_ON = "paymentReceivedOn";
  static final String PAYMENT_AMOUNT = "paymentAmount";
  static final String PAYMENT_SHORT = "paymentShort";
  static final String SETTLEMENT_SUMMARY = "settlementSummary";
  static final String RECOVERED_AMOUNT = "recoveredAmount";

  private CaseVariables() {}
}
