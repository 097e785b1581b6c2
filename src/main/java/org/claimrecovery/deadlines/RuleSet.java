package org.claimrecovery.deadlines;

import java.time.LocalDate;

/**
 * A version of the federal IDR rules (e.g. the 2022 rules, or the 2026 operations rule CMS-9897-F).
 * A case uses the rule set in force on the date of its triggering event.
 *
 * @param effectiveTo last day in force, inclusive; null while the rule set is open-ended
 */
public record RuleSet(String id, String title, String citation, LocalDate effectiveFrom, LocalDate effectiveTo) {

  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
  }

  boolean overlaps(RuleSet other) {
    return DeadlineRule.rangesOverlap(effectiveFrom, effectiveTo, other.effectiveFrom, other.effectiveTo);
  }
}
