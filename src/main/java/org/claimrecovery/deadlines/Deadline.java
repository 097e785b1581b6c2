package org.claimrecovery.deadlines;

import java.time.LocalDate;
import org.claimrecovery.text.Words;

/**
 * A deadline computed for one case.
 *
 * @param dueOn        the last day the act is on time, in the provider's time zone (due by the end of that day)
 * @param ruleSet      the federal rule set the rule came from; null for rules independent of it
 * @param metOn        when the fulfilling event happened; null if it has not
 * @param statusReason why the status is what it is where the dates alone do not say it, e.g. "the case closed on
 *                     2026-07-02 (SETTLED)" for a deadline that no longer binds; null otherwise
 */
public record Deadline(
        String code,
        String title,
        LocalDate dueOn,
        String citation,
        String binds,
        String ruleSet,
        DeadlineStatus status,
        LocalDate metOn,
        String statusReason) {

  /** A deadline whose status its dates explain. */
  public Deadline(String code, String title, LocalDate dueOn, String citation, String binds, String ruleSet,
      DeadlineStatus status, LocalDate metOn) {
    this(code, title, dueOn, citation, binds, ruleSet, status, metOn, null);
  }

  /** The deadline as a person reads it: what is due, by which day, under which rule. */
  public String inWords() {
    return title + ": by " + Words.day(dueOn) + " (" + citation + ")";
  }
}
