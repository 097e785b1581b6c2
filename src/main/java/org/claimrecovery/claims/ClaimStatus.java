package org.claimrecovery.claims;

public enum ClaimStatus {
  OPEN, CLOSED
}
