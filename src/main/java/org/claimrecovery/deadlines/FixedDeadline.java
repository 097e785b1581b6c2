package org.claimrecovery.deadlines;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A deadline fixed once, by a decision on the case, rather than computed from the rule book on every read: e.g. the
 * payment of an amount decided, due by a day fixed the day it was decided. The feature that owns it reports it
 * ({@link FixedDeadlineSource}); the calculator gives it its status like any other deadline, the case's closing
 * included. An act fulfils it.
 *
 * @param citation the rule or source its due date was fixed by
 * @param binds    who must act (see {@link DeadlineRule#binds()})
 * @param metOn    the day the act was done in full; null while it is not
 */
public record FixedDeadline(String code, String title, LocalDate dueOn, String citation, String binds,
    LocalDate metOn) {

  public FixedDeadline {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(dueOn, "dueOn");
  }
}
