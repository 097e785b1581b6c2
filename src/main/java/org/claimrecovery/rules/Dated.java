package org.claimrecovery.rules;

import jakarta.validation.constraints.AssertTrue;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * A rule that holds from {@code effectiveFrom} to {@code effectiveTo}, both inclusive. A rule never changes in
 * place: a new version gets a later effectiveFrom, so a case keeps the rules of its own dates.
 */
public interface Dated {

  LocalDate effectiveFrom();

  /** The last day in force; null while open-ended, and always for entries that a later entry supersedes. */
  default LocalDate effectiveTo() {
    return null;
  }

  default boolean inForceOn(LocalDate day) {
    return !day.isBefore(effectiveFrom()) && (effectiveTo() == null || !day.isAfter(effectiveTo()));
  }

  default boolean overlaps(Dated other) {
    boolean endsBeforeOther = effectiveTo() != null && effectiveTo().isBefore(other.effectiveFrom());
    boolean otherEndsBefore = other.effectiveTo() != null && other.effectiveTo().isBefore(effectiveFrom());
    return !endsBeforeOther && !otherEndsBefore;
  }

  @AssertTrue(message = "effectiveTo must not be before effectiveFrom")
  default boolean isEffectiveToNotBeforeEffectiveFrom() {
    return effectiveFrom() == null || effectiveTo() == null || !effectiveTo().isBefore(effectiveFrom());
  }

  /**
   * The entry in force on {@code day}; where several are, the latest effectiveFrom, because a later entry
   * supersedes an open-ended earlier one.
   */
  static <T extends Dated> Optional<T> inForceOn(Collection<T> entries, LocalDate day) {
    return entries.stream().filter(entry -> entry.inForceOn(day)).max(Comparator.comparing(Dated::effectiveFrom));
  }
}
