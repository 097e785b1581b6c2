package org.claimrecovery.settlement;

/** Where an amount the payer owes comes from; the case closes with the outcome of its source. */
public enum PaymentSource {

  /** The payer and the provider agreed on it in negotiation. */
  NEGOTIATED_SETTLEMENT("SETTLED"),
  /** A certified IDR entity's payment determination in our favour (PHS Act 2799A-1(c)(6): paid within 30 days). */
  IDR_AWARD("IDR_WON"),
  /** The parties settled during federal IDR (45 CFR 149.510(c)(2)(ii)). */
  IDR_SETTLEMENT("IDR_SETTLED"),
  /** The payer overturned its denial on internal appeal, in full or in the part we accepted. */
  APPEAL_DECISION("APPEAL_WON"),
  /** The external reviewer (an IRO or the state) overturned the final internal adverse determination. */
  EXTERNAL_REVIEW_DECISION("EXTERNAL_REVIEW_WON"),
  /** A state's dispute body (an arbitrator, an IDR entity, the plan's dispute process) decided in our favour. */
  STATE_DISPUTE_AWARD("STATE_DISPUTE_WON"),
  /** The parties settled in a state's own negotiation or mediation step of its dispute process. */
  STATE_DISPUTE_SETTLEMENT("STATE_DISPUTE_SETTLED"),
  /** The regulator of the plan found, on our complaint, that the payer owes the amount. */
  REGULATOR_COMPLAINT("COMPLAINT_WON");

  private final String outcome;

  PaymentSource(String outcome) {
    this.outcome = outcome;
  }

  /** The case's outcome once the amount is paid. */
  public String outcome() {
    return outcome;
  }
}
