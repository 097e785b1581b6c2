package org.claimrecovery.deadlines;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.claimrecovery.pathway.BilledAs;
import org.claimrecovery.pathway.Pathway;
import org.claimrecovery.pathway.PlanType;
import org.claimrecovery.pathway.ServiceCategory;
import org.claimrecovery.rules.Dated;

/**
 * One statutory or regulatory deadline, as configured in rules/deadline-rules.yaml.
 *
 * @param pathways      empty = applies on any pathway (also unclassified)
 * @param planTypes     the plan types whose law sets this deadline; empty = every plan type
 * @param serviceCategories the care it governs; empty = every category
 * @param billedAs      professional or facility claims; empty = both
 * @param awaitsProvision id of a provision (e.g. CMS portal readiness) the rule waits for; null = none
 * @param ruleSets      federal rule set ids the rule belongs to; empty = independent of the federal rule set
 * @param jurisdiction  null = federal; a state code (e.g. "TX") for a state's law: a specified state law (with the
 *                      pathway STATE_PROCESS) or the state's law over the plans issued there (e.g. prompt pay)
 * @param startsOn      a case event name, or {@code DEADLINE:<CODE>} = the due date of another deadline
 * @param startsNextDay business days only: day 1 is the first business day after the anchor
 * @param binds         who must act: PROVIDER, PAYER, BOTH, IDR_ENTITY, DEPARTMENTS, IRO, INITIATING_PARTY, CLAIMANT
 * @param metBy         the case event that fulfils the deadline; null when no event records it
 * @param outlivesTheCase the deadline binds beyond the case, so its closing does not end it (the cooling-off period
 *                      bars new disputes on other claims); false = once the case closes, an open deadline no longer
 *                      binds
 * @param effectiveTo   last day in force, inclusive; null = open-ended. The range is tested against the anchor date.
 */
public record DeadlineRule(
    @NotBlank String code,
    @NotBlank String title,
    Set<Pathway> pathways,
    Set<PlanType> planTypes,
    Set<ServiceCategory> serviceCategories,
    Set<BilledAs> billedAs,
    String awaitsProvision,
    Set<String> ruleSets,
    @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code") String jurisdiction,
    @NotBlank String startsOn,
    boolean startsNextDay,
    @Positive int length,
    @NotNull(message = "must be BUSINESS_DAYS, CALENDAR_DAYS or MONTHS") DeadlineUnit unit,
    @NotNull @Pattern(regexp = DeadlineRule.PARTIES, message = "must be one of " + DeadlineRule.PARTIES) String binds,
    String metBy,
    boolean outlivesTheCase,
    @NotNull LocalDate effectiveFrom,
    LocalDate effectiveTo,
    // every rule the product applies must say where it comes from
    @NotBlank String citation) implements Dated {

  public static final String DEADLINE_PREFIX = "DEADLINE:";

  static final String PARTIES = "PROVIDER|PAYER|BOTH|IDR_ENTITY|DEPARTMENTS|IRO|INITIATING_PARTY|CLAIMANT";

  public DeadlineRule {
    // YAML may leave the lists out; keep the file's order for readable output
    pathways = inFileOrder(pathways);
    planTypes = inFileOrder(planTypes);
    serviceCategories = inFileOrder(serviceCategories);
    billedAs = inFileOrder(billedAs);
    ruleSets = ruleSets == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(ruleSets));
  }

  private static <T> Set<T> inFileOrder(Set<T> values) {
    return values == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(values));
  }

  /** Whether the rule governs a case with these facts (its dates and provision aside). */
  boolean governs(CaseFacts facts) {
    // an unknown fact (e.g. an unclassified case) only meets rules that hold whatever it is
    return matches(pathways, facts.pathway()) && matches(planTypes, facts.planType())
        && matches(serviceCategories, facts.serviceCategory()) && matches(billedAs, facts.billedAs())
        && (jurisdiction == null || jurisdiction.equals(facts.jurisdiction()));
  }

  /**
   * Whether some case could be governed by both rules: each scope (pathways, plan types, categories, billers,
   * jurisdiction) shares a value. Versions of one code must not, on the same day.
   */
  boolean sharesScopeWith(DeadlineRule other) {
    return intersect(pathways, other.pathways) && intersect(planTypes, other.planTypes)
        && intersect(serviceCategories, other.serviceCategories) && intersect(billedAs, other.billedAs)
        && (jurisdiction == null || other.jurisdiction == null || jurisdiction.equals(other.jurisdiction));
  }

  private static <T> boolean matches(Set<T> scope, T value) {
    return scope.isEmpty() || scope.contains(value);
  }

  private static <T> boolean intersect(Set<T> some, Set<T> others) {
    return some.isEmpty() || others.isEmpty() || some.stream().anyMatch(others::contains);
  }

  /**
   * Whether this is the payer's time to pay or deny a claim, whichever law sets it (the No Surprises Act, ERISA, a
   * state's prompt pay): it binds the payer from its receipt of the claim until the payment or denial arrives.
   */
  public boolean decidesTheClaim() {
    return "PAYER".equals(binds) && CaseEvents.CLAIM_RECEIVED_BY_PAYER.equals(startsOn)
        && CaseEvents.INITIAL_PAYMENT_OR_DENIAL_RECEIVED.equals(metBy);
  }

  /** The code of the deadline this rule counts from, when it starts on another deadline's due date. */
  public Optional<String> startsOnDeadline() {
    return startsOn != null && startsOn.startsWith(DEADLINE_PREFIX)
        ? Optional.of(startsOn.substring(DEADLINE_PREFIX.length()))
        : Optional.empty();
  }

  /** The case event this rule counts from, when it starts on an event. */
  public Optional<String> startsOnEvent() {
    return startsOn != null && !startsOn.startsWith(DEADLINE_PREFIX) ? Optional.of(startsOn) : Optional.empty();
  }

  @AssertTrue(message = "startsNextDay only applies to BUSINESS_DAYS")
  private boolean isStartsNextDayCountedInBusinessDays() {
    return !startsNextDay || unit == null || unit == DeadlineUnit.BUSINESS_DAYS;
  }
}
