package org.claimrecovery.review;

/** What a specialist decides about the payer's initial payment or denial. */
public enum ReviewDecision {
  ACCEPT, NEGOTIATE, DISPUTE
}
