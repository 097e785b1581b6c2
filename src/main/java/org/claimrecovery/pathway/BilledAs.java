package org.claimrecovery.pathway;

/** Who bills the claim: state laws reach professionals and facilities differently (e.g. Texas mediates facility claims). */
public enum BilledAs {
  /** An individual health professional or a provider group. */
  PROFESSIONAL,
  /** A hospital, an ambulatory surgical center or another facility. */
  FACILITY
}
