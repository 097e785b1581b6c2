package org.claimrecovery.settlement;

/** Where an amount the payer owes comes from; the case closes with the outcome of its source. */
public enum PaymentSource {

  /** The payer and the provider agreed on it in negotiation. */
  NEGOTIATED_SETTLEMENT("SETTLED");

  private final String outcome;

  PaymentSource(String outcome) {
    this.outcome = outcome;
  }

  /** The case's outcome once the amount is paid. */
  public String outcome() {
    return outcome;
  }
}
