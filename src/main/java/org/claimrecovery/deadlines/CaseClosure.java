package org.claimrecovery.deadlines;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A case's closing: the day it closed, in the provider's time zone, and its outcome. From that day its deadlines no
 * longer bind, unless they were met, missed or had elapsed by then, or their rule outlives the case
 * ({@link DeadlineRule#outlivesTheCase()}).
 *
 * @param outcome e.g. SETTLED, IDR_LOST; null when the case closed without one
 */
public record CaseClosure(LocalDate closedOn, String outcome) {

  public CaseClosure {
    Objects.requireNonNull(closedOn, "closedOn");
  }

  /** Why a deadline still open that day no longer binds, in words the deadline list shows. */
  String reason() {
    return "the case closed on " + closedOn + (outcome == null ? "" : " (" + outcome + ")");
  }
}
