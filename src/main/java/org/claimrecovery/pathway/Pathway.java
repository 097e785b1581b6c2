package org.claimrecovery.pathway;

/**
 * The dispute pathway a claim is classified on (decision table {@code disputePathway}): the route its
 * recovery takes after negotiation fails, and with it how it negotiates.
 */
public enum Pathway {

  /** No Surprises Act item: open negotiation under 45 CFR 149.510, then federal IDR. */
  FEDERAL_IDR("No Surprises Act: open negotiation, then federal IDR"),
  /** A specified state law sets the rate: the state's own process replaces federal IDR. */
  STATE_PROCESS("specified state law process"),
  /** Everything else: the payer's internal appeals, then external review. */
  APPEAL("payer appeals, then external review"),
  /**
   * Medicare, Medicare Advantage, Medicaid and the other public programmes: outside the No Surprises Act and the
   * ERISA and ACA appeal rules; the programme's own routes (e.g. a Medicare Advantage reconsideration), where the
   * rules configure one.
   */
  PUBLIC_PROGRAM("the public programme's own reconsideration and payment dispute routes");

  private final String description;

  Pathway(String description) {
    this.description = description;
  }

  /** The route in words, as the review form shows it. */
  public String description() {
    return description;
  }

  /**
   * Whether the claim negotiates outside federal IDR: with a plain letter and the payer's window instead of the
   * open negotiation notice and its statutory period, ending before the next stage's filing deadline.
   */
  public boolean negotiatesOutsideFederalIdr() {
    return this != FEDERAL_IDR;
  }

  /** Whether its correspondence may go through the federal IDR portal, which takes only NSA disputes. */
  public boolean mayUseFederalIdrPortal() {
    return this == FEDERAL_IDR;
  }

  /** Whether claims negotiated together must be billed under one provider TIN (NSA batching, 45 CFR 149.510). */
  public boolean bundlesRequireOneProviderTin() {
    return this == FEDERAL_IDR;
  }

  /** Whether a specified state law governs it, so the state's rules (and its filing deadline) apply. */
  public boolean underStateLaw() {
    return this == STATE_PROCESS;
  }

  /** Why its negotiation ended when it reached the filing bound of the stage that follows. */
  public String filingBoundReason() {
    return switch (this) {
      case STATE_PROCESS -> "STATE_FILING_MARGIN_REACHED";
      case PUBLIC_PROGRAM -> "PROGRAM_FILING_MARGIN_REACHED";
      default -> "APPEAL_FILING_MARGIN_REACHED";
    };
  }
}
