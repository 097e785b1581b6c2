package org.claimrecovery.claims;

public enum ServiceCategory {
  EMERGENCY, NON_EMERGENCY_AT_PARTICIPATING_FACILITY, AIR_AMBULANCE, OTHER
}
