package org.claimrecovery.deadlines;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.claimrecovery.rules.RulesFile;
import org.claimrecovery.rules.RulesProblem;

/**
 * Calendar settings kept as data (rules/calendar.yaml): the provider's time zone and one-off closures.
 *
 * <p>A deadline is a calendar date in this time zone: the act is due by the end of that day.
 */
public record CalendarConfig(String timeZone, List<@NotNull Closure> closures) {

  public static final String DEFAULT_RESOURCE = "rules/calendar.yaml";
  public static final String DEFAULT_TIME_ZONE = "America/New_York";

  public CalendarConfig {
    timeZone = (timeZone == null || timeZone.isBlank()) ? DEFAULT_TIME_ZONE : timeZone;
    // an empty entry ("- ") stays for the constraints to report
    closures = closures == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(closures));
  }

  /** Reads the calendar shipped at {@link #DEFAULT_RESOURCE}, or a replacement for it; an empty file is all defaults. */
  public static CalendarConfig load(InputStream yaml) {
    return load(yaml, DEFAULT_RESOURCE);
  }

  /** @throws org.claimrecovery.rules.InvalidRulesFileException naming the file and field of every problem */
  public static CalendarConfig load(InputStream yaml, String fileName) {
    return RulesFile.load(yaml, fileName, CalendarConfig.class, calendar -> RulesProblem.repeatedKeys("closures",
        calendar.closures(), Closure::date, (closure, first) -> "a second closure on " + closure.date()
            + ", first at " + first));
  }

  public ZoneId zoneId() {
    return ZoneId.of(timeZone);
  }

  public BusinessCalendar businessCalendar() {
    return new BusinessCalendar(closures);
  }

  @AssertTrue(message = "timeZone must be a region id such as America/New_York")
  private boolean isTimeZoneKnown() {
    try {
      ZoneId.of(timeZone);
      return true;
    } catch (DateTimeException unknown) {
      return false;
    }
  }
}
