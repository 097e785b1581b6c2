package org.claimrecovery.deadlines;

import java.time.LocalDate;

/**
 * An extra non-business day that is not a standing federal holiday, e.g. a closure by executive order
 * or a CMS extension. Kept as data (calendar.yaml) so it can be added without a release.
 */
public record Closure(LocalDate date, String reason, String citation) {

  public Closure {
    if (date == null) {
      throw new IllegalArgumentException("Closure needs a date");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Closure on " + date + " needs a reason");
    }
    // a closure changes deadlines, so like every rule it must say where it comes from
    if (citation == null || citation.isBlank()) {
      throw new IllegalArgumentException("Closure on " + date + " (" + reason + ") needs a citation");
    }
  }

  Holiday asHoliday() {
    return new Holiday(date, reason, citation);
  }
}
