package org.claimrecovery.pathway;

/** What kind of care a claim is for, in the categories surprise-billing laws name. */
public enum ServiceCategory {

  /** Emergency services (PHS Act 2799A-1(a); 45 CFR 149.110). */
  EMERGENCY("emergency services"),
  /** Services after the patient is stabilized, in the same visit; protected as emergency services (45 CFR 149.410(b)). */
  POST_STABILIZATION("post-stabilization services"),
  /** Non-emergency services by a nonparticipating provider at a participating facility (45 CFR 149.420). */
  NON_EMERGENCY_AT_PARTICIPATING_FACILITY("non-emergency services by a nonparticipating provider at a participating facility"),
  /** Air ambulance services by a nonparticipating provider (45 CFR 149.130). */
  AIR_AMBULANCE("air ambulance services"),
  /**
   * Out-of-network laboratory or diagnostic imaging in connection with care by a participating provider, away from a
   * participating facility: outside the federal categories, but some state laws reach it.
   */
  LABORATORY_OR_IMAGING("laboratory or diagnostic imaging services"),
  /** Anything else, e.g. ground ambulance, or care at a nonparticipating facility that was not an emergency. */
  OTHER("other out-of-network services");

  private final String description;

  ServiceCategory(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
