package org.claimrecovery.pathway;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimrecovery.rules.Dated;
import org.claimrecovery.rules.RulesFile;

/**
 * The data behind classification: the specified state laws with the scope each reaches, what a person must know
 * about some plan types, and the coverage-denial reason codes.
 */
public record ClassificationRules(
    @NotNull List<@NotNull @Valid SpecifiedStateLaw> specifiedStateLaws,
    List<@NotNull @Valid PlanTypeNote> planTypeNotes,
    @NotNull List<@NotNull @Valid ReasonCode> coverageDenialReasonCodes) {

  public ClassificationRules {
    planTypeNotes = planTypeNotes == null ? List.of() : List.copyOf(planTypeNotes);
  }

  /**
   * A state law that sets the out-of-network rate (45 CFR 149.30, "specified State law"), for the claims in its
   * scope. Matched on the state where the service was furnished.
   *
   * @param selfFundedElection present where the state lets a self-funded plan's sponsor elect its process
   * @param notes              what a person must know when the law governs a claim, each with its citation
   */
  public record SpecifiedStateLaw(
      @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code") String state,
      @NotBlank String name, @NotBlank String citation, @NotNull LocalDate effectiveFrom, LocalDate effectiveTo,
      @NotNull @Valid Scope scope, @Valid SelfFundedElection selfFundedElection, List<@NotBlank String> notes)
      implements Dated {

    public SpecifiedStateLaw {
      notes = notes == null ? List.of() : List.copyOf(notes);
    }
  }

  /**
   * The claims a state law reaches, as verified against its source: plans issued in the state of the listed types,
   * the listed care, billed as listed. {@code unverified} names the claims it may also reach that the rules do not
   * verify: the product says so on such a case instead of guessing.
   */
  public record Scope(@NotEmpty Set<@NotNull PlanType> planTypes,
      @NotEmpty Set<@NotNull ServiceCategory> serviceCategories, @NotEmpty Set<@NotNull BilledAs> billedAs,
      @NotBlank String citation, List<@NotNull @Valid Unverified> unverified) {

    public Scope {
      unverified = unverified == null ? List.of() : List.copyOf(unverified);
    }
  }

  /** Claims a law may reach beyond its verified scope; empty lists match anything. */
  public record Unverified(Set<PlanType> planTypes, Set<ServiceCategory> serviceCategories, Set<BilledAs> billedAs,
      @NotBlank String reason) {

    boolean matches(ClaimFacts claim) {
      return (planTypes == null || planTypes.isEmpty() || planTypes.contains(claim.planType()))
          && (serviceCategories == null || serviceCategories.isEmpty()
              || serviceCategories.contains(claim.serviceCategory()))
          && (billedAs == null || billedAs.isEmpty() || billedAs.contains(claim.billedAs()));
    }
  }

  /** The state lets a self-funded plan's sponsor elect its process, plan year by plan year. */
  public record SelfFundedElection(@NotBlank String citation, @NotNull LocalDate effectiveFrom,
      LocalDate effectiveTo) implements Dated {}

  /** What a person must know about claims of a plan type (e.g. whose consent a route needs), with its source. */
  public record PlanTypeNote(@NotNull PlanType planType, @NotBlank String note, @NotBlank String citation) {}

  public record ReasonCode(@NotBlank String code, String description) {}

  /**
   * The facts of a claim a state law's scope is read against.
   *
   * @param planElectedStateProcess null when the claim does not say
   */
  public record ClaimFacts(String serviceState, String planState, PlanType planType,
      ServiceCategory serviceCategory, BilledAs billedAs, Boolean planElectedStateProcess, LocalDate serviceDate) {}

  /**
   * The state law that governs a claim, if any, and what a person must check because the rules could not decide
   * (each note says what was assumed).
   */
  public record StateLawFinding(Optional<SpecifiedStateLaw> law, List<String> notes) {}

  /** @throws org.claimrecovery.rules.InvalidRulesFileException naming the file and field of every problem */
  public static ClassificationRules load(InputStream yaml, String fileName) {
    return RulesFile.load(yaml, fileName, ClassificationRules.class);
  }

  /** The specified state law that sets the rate for this claim, if any, with the notes its scope leaves. */
  public StateLawFinding stateLawFor(ClaimFacts claim) {
    var law = specifiedStateLaws.stream()
        .filter(candidate -> candidate.state().equals(claim.serviceState()) && candidate.inForceOn(claim.serviceDate()))
        .findFirst();
    return law.isEmpty() ? none(List.of()) : findingFor(law.get(), claim);
  }

  private static StateLawFinding findingFor(SpecifiedStateLaw law, ClaimFacts claim) {
    String federalDefault = " Federal rules apply until a person checks.";
    if (claim.planType() == PlanType.SELF_FUNDED_ERISA) {
      // a self-funded plan is reached only through its sponsor's own election, where the state allows one
      var election = Optional.ofNullable(law.selfFundedElection()).filter(e -> e.inForceOn(claim.serviceDate()));
      if (election.isEmpty() || Boolean.FALSE.equals(claim.planElectedStateProcess())) {
        return none(List.of());
      }
      if (claim.planElectedStateProcess() == null) {
        return none(List.of(law.name() + " lets a self-funded plan elect its process for a plan year ("
            + election.get().citation() + "); the claim does not say whether this plan elected it for the plan year "
            + "of the service, so federal IDR, the default, applies until the election is recorded."));
      }
    } else if (!law.state().equals(claim.planState())) {
      // a state's insurance law reaches the plans issued in that state
      return none(List.of());
    } else if (!law.scope().planTypes().contains(claim.planType())) {
      return none(unverifiedNotes(law, claim, federalDefault));
    }
    var scope = law.scope();
    if (!scope.serviceCategories().contains(claim.serviceCategory())) {
      return none(unverifiedNotes(law, claim, federalDefault));
    }
    if (claim.billedAs() == null) {
      return scope.billedAs().containsAll(Set.of(BilledAs.values()))
          ? new StateLawFinding(Optional.of(law), law.notes())
          : none(List.of(law.name() + " reaches only " + String.join(" or ", scope.billedAs().stream()
              .map(billed -> billed.name().toLowerCase()).toList()) + " claims (" + scope.citation()
              + "), and the claim does not say who bills it (billedAs)." + federalDefault));
    }
    return scope.billedAs().contains(claim.billedAs())
        ? new StateLawFinding(Optional.of(law), law.notes())
        : none(unverifiedNotes(law, claim, federalDefault));
  }

  private static StateLawFinding none(List<String> notes) {
    return new StateLawFinding(Optional.empty(), notes);
  }

  /** A claim outside the verified scope that the law may still reach: say so, with the reason. */
  private static List<String> unverifiedNotes(SpecifiedStateLaw law, ClaimFacts claim, String federalDefault) {
    return law.scope().unverified().stream().filter(entry -> entry.matches(claim)).limit(1)
        .map(entry -> law.name() + " may reach this claim, but its scope in the rules is not verified for it: "
            + entry.reason() + "." + federalDefault)
        .toList();
  }

  /** What a person must know about claims of this plan type. */
  public List<String> notesFor(PlanType planType) {
    return planTypeNotes.stream().filter(note -> note.planType() == planType)
        .map(note -> note.note() + " (" + note.citation() + ")").toList();
  }

  public boolean isCoverageDenial(String reasonCode) {
    return reasonCode != null && coverageDenialReasonCodes.stream().anyMatch(code -> code.code().equals(reasonCode));
  }
}
