package org.claimrecovery.oversight;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.claimrecovery.deadlines.DeadlineStatus;
import org.claimrecovery.refusal.RequestRejected;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DeadlineCalendarController {

  static final int MAX_PAGE_SIZE = 500;

  private final DeadlineCalendar calendar;

  DeadlineCalendarController(DeadlineCalendar calendar) {
    this.calendar = calendar;
  }

  /** Every open statutory deadline across open cases, earliest first, paged. */
  @GetMapping("/api/deadlines")
  DeadlineCalendar.Page deadlines(@RequestParam(required = false) String before,
      @RequestParam(required = false) String payerId, @RequestParam(required = false) String status,
      @RequestParam(required = false) String pathway, @RequestParam(required = false) String bindingParty,
      @RequestParam(required = false) String assignee, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (page < 0) {
      throw RequestRejected.invalid("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw RequestRejected.invalid("size", "must be between 1 and " + MAX_PAGE_SIZE);
    }
    return calendar.find(new DeadlineCalendar.Query(day("before", before), blankToNull(payerId),
        status(status), blankToNull(pathway), blankToNull(bindingParty), blankToNull(assignee)), page, size);
  }

  private static LocalDate day(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException notADay) {
      throw RequestRejected.invalid(field, "must be a date like 2026-06-30");
    }
  }

  private static DeadlineStatus status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return DeadlineStatus.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw RequestRejected.invalid("status", "must be one of OPEN, MET, MISSED, ELAPSED, NOT_APPLICABLE");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
