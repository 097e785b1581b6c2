package org.claimrecovery.claims;

public enum PlanType {
  SELF_FUNDED_ERISA, FULLY_INSURED, INDIVIDUAL_MARKET, MEDICARE_ADVANTAGE, MEDICAID, OTHER
}
