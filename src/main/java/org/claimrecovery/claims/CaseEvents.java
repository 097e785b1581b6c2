package org.claimrecovery.claims;

/** Names of the dated case events that deadline rules count from (see rules/deadline-rules.yaml). */
public final class CaseEvents {

  public static final String CLAIM_RECEIVED_BY_PAYER = "CLAIM_RECEIVED_BY_PAYER";
  public static final String INITIAL_PAYMENT_OR_DENIAL_RECEIVED = "INITIAL_PAYMENT_OR_DENIAL_RECEIVED";

  private CaseEvents() {}
}
