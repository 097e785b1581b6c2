package org.claimrecovery.process.settlement;

/** The payment watch in claim-recovery: the payment message, what it records and the summary it shows. */
public final class SettlementVariables {

  public static final String MESSAGE_PAYMENT_RECEIVED = "PaymentReceived";
  public static final String PAYMENT_RECEIVED_ON = "paymentReceivedOn";
  /** The payment's check or EFT trace number, when it came with one (an 835's TRN02, or given to the API). */
  public static final String PAYMENT_REFERENCE = "paymentReference";
  public static final String PAYMENT_AMOUNT = "paymentAmount";
  public static final String PAYMENT_SHORT = "paymentShort";
  public static final String SETTLEMENT_SUMMARY = "settlementSummary";
  public static final String RECOVERED_AMOUNT = "recoveredAmount";

  private SettlementVariables() {}
}
