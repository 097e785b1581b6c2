package org.claimrecovery.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.claimrecovery.clock.CaseClock;

/** Reads form values as Tasklist and the REST API deliver them (numbers, dates, checklists as JSON). */
public final class ProcessValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProcessValues() {}

  /** Who completed the task that led here, or the fallback when the engine runs without a user (a job). */
  public static String actingUser(IdentityService identityService, String fallback) {
    var authentication = identityService.getCurrentAuthentication();
    return authentication != null ? authentication.getUserId() : fallback;
  }

  public static BigDecimal amount(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.toString().trim());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  public static LocalDate date(Object value, ZoneId zone) {
    if (value == null) {
      return null;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(zone).toLocalDate();
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }

  /** A checklist: a JSON array (Camunda Forms submit one), a Java collection, or a comma-separated text. */
  public static List<String> list(Object value) {
    var items = new ArrayList<String>();
    if (value == null) {
      return items;
    }
    if (value instanceof Collection<?> collection) {
      collection.forEach(item -> items.add(item.toString()));
      return items;
    }
    String text = value.toString().trim();
    if (text.startsWith("[")) {
      try {
        JSON.readTree(text).forEach(node -> items.add(node.asText()));
        return items;
      } catch (Exception notJson) {
        // fall through to the plain reading
      }
    }
    for (String item : text.split(",")) {
      if (!item.isBlank()) {
        items.add(item.trim());
      }
    }
    return items;
  }

  /** The day a letter left, as a person recorded it: required, and not in the future. */
  public static LocalDate dispatchDate(Object value, CaseClock clock) {
    LocalDate dispatchedOn;
    try {
      dispatchedOn = date(value, clock.zone());
    } catch (RuntimeException notADate) {
      throw new DecisionRefused("dispatchedOn", "The dispatch date is not a date (YYYY-MM-DD).");
    }
    if (dispatchedOn == null) {
      throw new DecisionRefused("dispatchedOn", "Record the day the letter left (dispatchedOn).");
    }
    if (dispatchedOn.isAfter(clock.today())) {
      throw new DecisionRefused("dispatchedOn", "The dispatch date " + dispatchedOn + " is in the future.");
    }
    return dispatchedOn;
  }
}
