package org.claimrecovery.deadlines;

import java.time.LocalDate;

/**
 * A deadline computed for one case.
 *
 * @param dueOn   the last day the act is on time, in the provider's time zone (due by the end of that day)
 * @param ruleSet the federal rule set the rule came from; null for rules independent of it
 * @param metOn   when the fulfilling event happened; null if it has not
 */
public record Deadline(
        String code,
        String title,
        LocalDate dueOn,
        String citation,
        String binds,
        String ruleSet,
        DeadlineStatus status,
        LocalDate metOn) {
}
