package org.claimrecovery.negotiation;

public enum NegotiationStatus {
  PREPARING, OPEN, SETTLED, FAILED
}
