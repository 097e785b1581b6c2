package org.claimrecovery.deadlines;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.claimrecovery.pathway.Pathway;

/**
 * One statutory or regulatory deadline, as configured in rules/deadline-rules.yaml.
 *
 * @param pathways      empty = applies on any pathway (also unclassified)
 * @param ruleSets      federal rule set ids the rule belongs to; empty = independent of the federal rule set
 * @param jurisdiction  null = federal; a state code (e.g. "TX") for a specified state law
 * @param startsOn      a case event name, or {@code DEADLINE:<CODE>} = the due date of another deadline
 * @param startsNextDay business days only: day 1 is the first business day after the anchor
 * @param binds         who must act: PROVIDER, PAYER, BOTH, IDR_ENTITY, DEPARTMENTS, IRO, INITIATING_PARTY, CLAIMANT
 * @param metBy         the case event that fulfils the deadline; null when no event records it
 * @param effectiveTo   last day in force, inclusive; null = open-ended. The range is tested against the anchor date.
 */
public record DeadlineRule(
    String code,
    String title,
    Set<Pathway> pathways,
    Set<String> ruleSets,
    String jurisdiction,
    String startsOn,
    boolean startsNextDay,
    int length,
    DeadlineUnit unit,
    String binds,
    String metBy,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    String citation) {

  public static final String DEADLINE_PREFIX = "DEADLINE:";

  public static final Set<String> PARTIES = Set.of(
      "PROVIDER", "PAYER", "BOTH", "IDR_ENTITY", "DEPARTMENTS", "IRO", "INITIATING_PARTY", "CLAIMANT");

  public DeadlineRule {
    // YAML may leave the lists out; keep the file's order for readable output
    pathways = pathways == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(pathways));
    ruleSets = ruleSets == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(ruleSets));
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

  public boolean inEffectOn(LocalDate anchor) {
    return !anchor.isBefore(effectiveFrom) && (effectiveTo == null || !anchor.isAfter(effectiveTo));
  }

  boolean overlaps(DeadlineRule other) {
    return rangesOverlap(effectiveFrom, effectiveTo, other.effectiveFrom, other.effectiveTo);
  }

  /** Inclusive ranges; a null end is open. */
  static boolean rangesOverlap(LocalDate from1, LocalDate to1, LocalDate from2, LocalDate to2) {
    boolean firstEndsBeforeSecond = to1 != null && to1.isBefore(from2);
    boolean secondEndsBeforeFirst = to2 != null && to2.isBefore(from1);
    return !firstEndsBeforeSecond && !secondEndsBeforeFirst;
  }
}
