package org.claimrecovery.deadlines;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day on which federal offices are closed and which therefore is not a business day:
 * a legal public holiday (on the day it is observed) or a one-off closure taken from data.
 */
public record Holiday(LocalDate observedOn, String name, String citation) {

  public Holiday {
    Objects.requireNonNull(observedOn, "observedOn");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(citation, "citation");
  }
}
