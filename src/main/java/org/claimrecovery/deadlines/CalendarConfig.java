package org.claimrecovery.deadlines;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/**
 * Calendar settings kept as data (rules/calendar.yaml): the provider's time zone and one-off closures.
 *
 * <p>A deadline is a calendar date in this time zone: the act is due by the end of that day.
 */
public record CalendarConfig(String timeZone, List<Closure> closures) {

  public static final String DEFAULT_RESOURCE = "rules/calendar.yaml";
  public static final String DEFAULT_TIME_ZONE = "America/New_York";

  public CalendarConfig {
    timeZone = (timeZone == null || timeZone.isBlank()) ? DEFAULT_TIME_ZONE : timeZone;
    closures = closures == null ? List.of() : List.copyOf(closures);
    try {
      ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("Unknown time zone in calendar configuration: " + timeZone, e);
    }
  }

  public static CalendarConfig defaults() {
    return new CalendarConfig(DEFAULT_TIME_ZONE, List.of());
  }

  public static CalendarConfig load(InputStream yaml) {
    try {
      CalendarConfig config = Yaml.MAPPER.readValue(yaml, CalendarConfig.class);
      // an empty document reads as null: treat it as "all defaults"
      return config == null ? defaults() : config;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Invalid calendar configuration: " + Yaml.describe(e), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read calendar configuration", e);
    }
  }

  public ZoneId zoneId() {
    return ZoneId.of(timeZone);
  }

  public BusinessCalendar businessCalendar() {
    return new BusinessCalendar(closures);
  }
}
