package org.claimrecovery.claims;

/**
 * The claim adjustment group code a remittance puts before a reason code (X12 835 CAS01): who bears the
 * adjustment. The CARC says why; the group says to whom it falls, so a denial keeps both.
 */
public enum ClaimAdjustmentGroup {

  /** A contract or a regulation made the adjustment; the provider may not bill the patient for it. */
  CO("contractual obligation"),
  /** The amount may be billed to the patient. */
  PR("patient responsibility"),
  /** No other group applies. */
  OA("other adjustment"),
  /** The payer's own reduction, with no contract behind it. */
  PI("payer initiated reduction"),
  /**
   * A correction or reversal of an earlier claim (X12 835 version 004010). Version 005010X221 dropped it: a reversal
   * repeats the original group codes (CLP02 = 22). Accepted because remittances and people still write it.
   */
  CR("correction and reversal");

  private final String description;

  ClaimAdjustmentGroup(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
