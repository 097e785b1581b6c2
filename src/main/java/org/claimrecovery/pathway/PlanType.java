package org.claimrecovery.pathway;

/**
 * The kind of coverage a claim is paid under. The law distinguishes them: which surprise-billing protections
 * apply (the decision table {@code nsaEligibility}), whether a state law can reach the plan, and which appeal
 * rules govern it (each deadline rule names its plan types).
 */
public enum PlanType {

  /** Private-sector employer plan that pays claims itself (ERISA); states reach it only through its own election. */
  SELF_FUNDED_ERISA("self-funded employer plan (ERISA)"),
  /** Group coverage bought from a state-licensed insurer. */
  FULLY_INSURED("fully insured group coverage"),
  /** Individual health insurance coverage, on or off an exchange. */
  INDIVIDUAL_MARKET("individual market coverage"),
  /** A Federal Employees Health Benefits carrier (5 U.S.C. 8902(p) applies the No Surprises Act to it). */
  FEHB("Federal Employees Health Benefits carrier"),
  /** A plan of a state or local government employer (PHS Act title XXVII). */
  NON_FEDERAL_GOVERNMENTAL("non-federal governmental plan"),
  /** A church plan not subject to ERISA (the Internal Revenue Code applies the Act to it). */
  CHURCH_PLAN("church plan"),
  /** Original Medicare. */
  MEDICARE("Medicare"),
  /** A Medicare Advantage organisation (42 CFR part 422). */
  MEDICARE_ADVANTAGE("Medicare Advantage"),
  /** State Medicaid paid fee-for-service, or CHIP. */
  MEDICAID("Medicaid or CHIP"),
  /** A Medicaid managed care organisation (42 CFR part 438). */
  MEDICAID_MANAGED_CARE("Medicaid managed care"),
  /** TRICARE, the VA or the Indian Health Service. */
  OTHER_PUBLIC_PROGRAM("TRICARE, VA or Indian Health Service"),
  /**
   * Cases opened before the plan types above existed said only "other". Intake refuses it now: the plan type
   * decides which law governs, so a claim must name it.
   */
  OTHER("plan type not stated");

  private final String description;

  PlanType(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
