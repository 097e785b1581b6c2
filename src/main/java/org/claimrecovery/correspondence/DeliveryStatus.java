package org.claimrecovery.correspondence;

/** Where an item stands. The ledger row of an outbound letter moves forward only, never back to unsent. */
public enum DeliveryStatus {
  /** recorded, not yet attempted */
  QUEUED,
  /** handed to the mail server right now, or a crash happened while it was */
  SENDING,
  /** the mail server accepted it; proof is its Message-ID */
  SENT,
  /** refused before the hand-off (server unreachable, address rejected): nothing left the building, retry may send */
  FAILED,
  /** an outbox item for a person to mail, fax or upload */
  AWAITING_DISPATCH,
  /** a person dispatched it; proof is e.g. the certified mail tracking number */
  DISPATCHED,
  /** it may or may not have left: a person checks, the product never sends it again on its own */
  DELIVERY_UNCERTAIN,
  /** an inbound item */
  RECEIVED
}
