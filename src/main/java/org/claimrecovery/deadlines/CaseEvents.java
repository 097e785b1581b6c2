package org.claimrecovery.deadlines;

import java.util.Set;

/**
 * Names of the case events deadlines start on or are met by. The rule book refuses event names not listed
 * here, so a misspelt event in YAML fails at load time instead of silently never starting a clock.
 */
public final class CaseEvents {

  public static final String CLAIM_RECEIVED_BY_PAYER = "CLAIM_RECEIVED_BY_PAYER";
  public static final String INITIAL_PAYMENT_OR_DENIAL_RECEIVED = "INITIAL_PAYMENT_OR_DENIAL_RECEIVED";
  public static final String OPEN_NEGOTIATION_STARTED = "OPEN_NEGOTIATION_STARTED";
  public static final String IDR_INITIATED = "IDR_INITIATED";
  public static final String IDR_ENTITY_SELECTED = "IDR_ENTITY_SELECTED";
  public static final String IDR_DETERMINATION_MADE = "IDR_DETERMINATION_MADE";
  public static final String IDR_PAYMENT_RECEIVED = "IDR_PAYMENT_RECEIVED";
  public static final String IDR_SETTLEMENT_AGREED = "IDR_SETTLEMENT_AGREED";
  public static final String INTERNAL_APPEAL_FILED = "INTERNAL_APPEAL_FILED";
  public static final String APPEAL_RECEIVED_BY_PAYER = "APPEAL_RECEIVED_BY_PAYER";
  public static final String APPEAL_DECIDED = "APPEAL_DECIDED";
  public static final String FINAL_INTERNAL_DETERMINATION_RECEIVED = "FINAL_INTERNAL_DETERMINATION_RECEIVED";
  public static final String EXTERNAL_REVIEW_REQUESTED = "EXTERNAL_REVIEW_REQUESTED";
  public static final String EXTERNAL_REVIEW_DECIDED = "EXTERNAL_REVIEW_DECIDED";
  /**
   * Another claim's determination held this claim's initiation back (cooling-off, 45 CFR 149.510(c)(4)(vi)); dated
   * the last day of that cooling-off period. COOLING_OFF_INITIATION counts from it.
   */
  public static final String COOLING_OFF_ENDED = "COOLING_OFF_ENDED";
  /** The payer initiated open negotiation (federal IDR; its response notice awaits the CMS portal). */
  public static final String OPEN_NEGOTIATION_NOTICE_RECEIVED = "OPEN_NEGOTIATION_NOTICE_RECEIVED";
  public static final String OPEN_NEGOTIATION_RESPONSE_SENT = "OPEN_NEGOTIATION_RESPONSE_SENT";
  /** The last offer of a state negotiation (New Jersey counts its arbitration window from it). */
  public static final String STATE_FINAL_OFFER_MADE = "STATE_FINAL_OFFER_MADE";
  public static final String STATE_PROCESS_INITIATED = "STATE_PROCESS_INITIATED";

  public static final Set<String> ALL = Set.of(
      CLAIM_RECEIVED_BY_PAYER, INITIAL_PAYMENT_OR_DENIAL_RECEIVED, OPEN_NEGOTIATION_STARTED, IDR_INITIATED,
      IDR_ENTITY_SELECTED, IDR_DETERMINATION_MADE, IDR_PAYMENT_RECEIVED, IDR_SETTLEMENT_AGREED,
      INTERNAL_APPEAL_FILED, APPEAL_RECEIVED_BY_PAYER, APPEAL_DECIDED, FINAL_INTERNAL_DETERMINATION_RECEIVED,
      EXTERNAL_REVIEW_REQUESTED, EXTERNAL_REVIEW_DECIDED, OPEN_NEGOTIATION_NOTICE_RECEIVED,
      OPEN_NEGOTIATION_RESPONSE_SENT, STATE_FINAL_OFFER_MADE, STATE_PROCESS_INITIATED, COOLING_OFF_ENDED);

  private CaseEvents() {
  }
}
