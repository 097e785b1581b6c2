package org.claimrecovery.correspondence;

public enum Direction {
  INBOUND, OUTBOUND
}
