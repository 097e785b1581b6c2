package org.claimrecovery.oversight;

import java.time.LocalDate;
import java.util.List;
import org.claimrecovery.deadlines.DeadlineStatus;

/**
 * One statutory deadline of an open case on the calendar.
 *
 * @param escalationOn the day open work due by this deadline is escalated (the escalation margin before it)
 * @param atRisk       still open, and today is on or past its escalation day
 * @param missed       its day passed without the act
 * @param assignees    who holds the case's open tasks now
 */
public record CalendarEntry(String claimId, String claimNumber, String payerId, String payerName, String pathway,
    String stage, String code, String title, LocalDate dueOn, String citation, String binds, DeadlineStatus status,
    LocalDate escalationOn, boolean atRisk, boolean missed, List<String> assignees) {

  /** The same deadline, with who holds the case's open tasks. */
  CalendarEntry heldBy(List<String> people) {
    return new CalendarEntry(claimId, claimNumber, payerId, payerName, pathway, stage, code, title, dueOn, citation,
        binds, status, escalationOn, atRisk, missed, people);
  }
}
