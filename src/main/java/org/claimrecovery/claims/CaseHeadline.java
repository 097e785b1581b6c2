package org.claimrecovery.claims;

import java.util.Locale;
import java.util.Optional;
import org.claimrecovery.deadlines.Deadline;
import org.claimrecovery.text.Markdown;

/**
 * The lines every task form of a case opens with, as Markdown: whose claim against which payer, the provider, the
 * law that governs it, and what is due next by whom. One piece, so that no form tells them differently.
 */
public final class CaseHeadline {

  private CaseHeadline() {}

  /** @param next the case's earliest open deadline, whoever it binds; empty when none is open */
  public static String of(Claim claim, Optional<Deadline> next) {
    return "**Claim** " + Markdown.text(claim.claimNumber()) + " · **Payer** " + Markdown.text(claim.payer().name())
        + "\n\n**Provider** " + Markdown.text(claim.provider().name()) + " (NPI " + Markdown.text(claim.provider().npi())
        + ") · **Pathway** " + (claim.pathway() == null ? "not classified" : claim.pathway().description())
        + "\n\n**Next deadline** " + next.map(deadline -> Markdown.text(deadline.inWords()) + ", "
            + bindsInWords(deadline.binds())).orElse("none open") + "\n";
  }

  /** Who must act by a deadline (its rule's {@code binds}), as a person reads it. */
  static String bindsInWords(String binds) {
    return switch (binds) {
      case "PROVIDER" -> "for us to meet";
      case "PAYER" -> "for the payer to meet";
      case "BOTH" -> "for both parties to meet";
      case "IDR_ENTITY" -> "for the certified IDR entity to meet";
      case "DEPARTMENTS" -> "for the Departments to meet";
      case "IRO" -> "for the independent review organization to meet";
      case "INITIATING_PARTY" -> "for the party that initiates to meet";
      case "CLAIMANT" -> "for the claimant to meet";
      default -> "binds " + Markdown.text(binds.toLowerCase(Locale.ROOT).replace('_', ' '));
    };
  }
}
