package org.claimrecovery.settlement;

import org.claimrecovery.deadlines.CaseEvents;

/** Where an amount the payer owes comes from; the case closes with the outcome of its source. */
public enum PaymentSource {

  /** The payer and the provider agreed on it in negotiation. */
  NEGOTIATED_SETTLEMENT("SETTLED", "the negotiated settlement", null),
  /**
   * A certified IDR entity's payment determination in our favour (PHS Act 2799A-1(c)(6): paid within 30 days). The
   * rule book dates that payment itself (IDR_PAYMENT), met by IDR_PAYMENT_RECEIVED once it is paid in full.
   */
  IDR_AWARD("IDR_WON", "the IDR entity's award", CaseEvents.IDR_PAYMENT_RECEIVED),
  /** The parties settled during federal IDR (45 CFR 149.510(c)(2)(ii)). */
  IDR_SETTLEMENT("IDR_SETTLED", "the settlement reached during IDR", null),
  /** The payer overturned its denial on internal appeal, in full or in the part we accepted. */
  APPEAL_DECISION("APPEAL_WON", "the appeal decision", null),
  /** The external reviewer (an IRO or the state) overturned the final internal adverse determination. */
  EXTERNAL_REVIEW_DECISION("EXTERNAL_REVIEW_WON", "the external review decision", null),
  /** A state's dispute body (an arbitrator, an IDR entity, the plan's dispute process) decided in our favour. */
  STATE_DISPUTE_AWARD("STATE_DISPUTE_WON", "the state dispute decision", null),
  /** The parties settled in a state's own negotiation or mediation step of its dispute process. */
  STATE_DISPUTE_SETTLEMENT("STATE_DISPUTE_SETTLED", "the settlement in the state dispute", null),
  /** The regulator of the plan found, on our complaint, that the payer owes the amount. */
  REGULATOR_COMPLAINT("COMPLAINT_WON", "the regulator's finding", null);

  private final String outcome;
  private final String words;
  private final String paidInFullEvent;

  PaymentSource(String outcome, String words, String paidInFullEvent) {
    this.outcome = outcome;
    this.words = words;
    this.paidInFullEvent = paidInFullEvent;
  }

  /** The case's outcome once the amount is paid. */
  public String outcome() {
    return outcome;
  }

  /** The source in words, e.g. "the negotiated settlement". */
  public String words() {
    return words;
  }

  /**
   * The case event a payment in full records where the rule book has the payment's deadline itself (an IDR award:
   * IDR_PAYMENT); null where the payment watch alone tracks it (then it is listed as SETTLEMENT_PAYMENT).
   */
  String paidInFullEvent() {
    return paidInFullEvent;
  }
}
