package org.claimrecovery.negotiation;

/** Where a negotiation goes once its preparation passed the guard. */
public enum AfterPreparation {
  /** Alone, or the lead of a bundle whose claims are all prepared: the notice goes out. */
  SEND_NOTICE,
  /** The lead of a bundle waits until every claim in it is prepared. */
  AWAIT_BUNDLED_CLAIMS,
  /** A claim in a bundle: the lead's negotiation carries it and tells it the outcome. */
  NEGOTIATED_BY_LEAD
}
