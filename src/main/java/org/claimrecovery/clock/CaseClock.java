package org.claimrecovery.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * The product's one notion of "now" and "today". Deadlines are calendar dates in the provider's time
 * zone: an act is due by the end of its day, and a timer reacting to an expired period fires at the
 * start of the next day.
 */
public class CaseClock {

  private final Clock clock;
  private final ZoneId zone;

  public CaseClock(Clock clock, ZoneId zone) {
    this.clock = clock;
    this.zone = zone;
  }

  public Instant now() {
    return clock.instant();
  }

  public LocalDate today() {
    return LocalDate.ofInstant(now(), zone);
  }

  public ZoneId zone() {
    return zone;
  }

  /** 00:00 of the day, in the provider's zone. */
  public Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(zone).toInstant());
  }

  /** The last second of the day: the moment an act due that day is late after. */
  public Date endOf(LocalDate day) {
    return Date.from(ZonedDateTime.of(day, LocalTime.of(23, 59, 59), zone).toInstant());
  }

  /** The first moment after a deadline day has passed. */
  public Date expiryOf(LocalDate dueOn) {
    return startOf(dueOn.plusDays(1));
  }
}
