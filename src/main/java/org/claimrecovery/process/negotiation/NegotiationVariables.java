package org.claimrecovery.process.negotiation;

/** The negotiation stage (bpmn/negotiation.bpmn): its messages, form fields and results. */
public final class NegotiationVariables {

  /** Negotiation stage (bpmn/negotiation.bpmn) */
  public static final String NEGOTIATION_PROCESS_KEY = "negotiation";
  public static final String MESSAGE_PAYER_RESPONSE = "PayerResponse";
  public static final String PREPARATION_SUMMARY = "preparationSummary";
  public static final String BUNDLE_CLAIM_NUMBERS = "bundleClaimNumbers";
  public static final String AFTER_PREPARATION = "afterPreparation";
  public static final String MESSAGE_BUNDLE_PREPARED = "BundlePrepared";
  public static final String MESSAGE_BUNDLE_NEGOTIATION_ENDED = "BundleNegotiationEnded";
  public static final String TARGET_AMOUNT = "targetAmount";
  public static final String JUSTIFICATION_GROUNDS = "justificationGrounds";
  public static final String JUSTIFICATION = "justification";
  public static final String NOTICE_CHANNEL = "noticeChannel";
  /** Where the notice goes (fax number, portal account, address, e-mail): confirmDispatch shows it. */
  public static final String NOTICE_RECIPIENT = "noticeRecipient";
  /** Channel and recipient as literal markdown text: the confirmDispatch form shows this, never the raw values. */
  public static final String NOTICE_DISPATCH_SUMMARY = "noticeDispatchSummary";
  public static final String NOTICE_AWAITS_DISPATCH = "noticeAwaitsDispatch";
  public static final String RESPONSE_TYPE = "responseType";
  public static final String PAYER_AMOUNT = "payerAmount";
  public static final String RESPONSE_RECEIVED_ON = "responseReceivedOn";
  public static final String RESPONSE_NOTE = "responseNote";
  public static final String PAYER_RESPONSE_SUMMARY = "payerResponseSummary";
  /** The negotiation as it stands (rounds, money, the period's end), shown when staff record a payer's answer. */
  public static final String NEGOTIATION_SUMMARY = "negotiationSummary";
  public static final String RESPONSE_CHANNEL = "responseChannel";
  public static final String NEGOTIATION_DECISION = "negotiationDecision";
  public static final String COUNTER_AMOUNT = "counterAmount";
  public static final String NEGOTIATION_RESULT = "negotiationResult";
  public static final String AGREED_AMOUNT = "agreedAmount";

  private NegotiationVariables() {}
}
