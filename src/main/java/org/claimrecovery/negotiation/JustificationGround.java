package org.claimrecovery.negotiation;

/**
 * Why the provider's target is fair: the additional circumstances an IDR entity may weigh (45 CFR
 * 149.510(c)(4)(iii)(C)) and the market evidence a negotiation uses. Billed charges are not a ground.
 */
public enum JustificationGround {
  COMPLEXITY("Complexity of the service"),
  NO_IN_NETWORK_ALTERNATIVE("No in-network alternative"),
  PAYMENT_BELOW_MARKET("Initial payment below market evidence"),
  PROVIDER_TRAINING_QUALITY("Provider training and quality"),
  PATIENT_ACUITY("Patient acuity");

  private final String label;

  JustificationGround(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
