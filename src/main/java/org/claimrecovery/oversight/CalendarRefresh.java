package org.claimrecovery.oversight;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.deadlines.CaseDeadlines;
import org.claimrecovery.deadlines.Deadline;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the calendar's table in step with the cases: before the calendar answers, the deadlines of every case that
 * changed since the last refresh are computed again by the case's own rules, as are those of cases with an open
 * deadline whose day has passed (it is now missed or elapsed). A case changed when its facts did (claim, events,
 * closing, an amount owed or paid: the product's own tables) or the engine moved it. The first refresh computes
 * every open case (also after an upgrade: migration V22 starts the table empty).
 */
@Component
class CalendarRefresh {

  /**
   * Transactions still running when a refresh starts commit a little later with earlier times: look back this far
   * (a case's change is one short transaction; every case changed in this window is computed again on each request).
   */
  private static final Duration OVERLAP = Duration.ofSeconds(30);

  private final JdbcClient jdbc;
  private final CaseDeadlines caseDeadlines;
  private final CaseChanges engineChanges;
  private final CaseClock clock;
  private final TransactionTemplate transaction;

  CalendarRefresh(JdbcClient jdbc, CaseDeadlines caseDeadlines, CaseChanges engineChanges, CaseClock clock,
      TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.caseDeadlines = caseDeadlines;
    this.engineChanges = engineChanges;
    this.clock = clock;
    this.transaction = transaction;
  }

  /** Brings the table up to date; returns how many cases were computed again. */
  synchronized int refresh() {
    Instant now = clock.now();
    LocalDate today = clock.today();
    var last = jdbc.sql("SELECT refreshed_at FROM calendar_refresh WHERE id = 1").query(Timestamp.class).optional();
    Set<String> cases = new HashSet<>();
    // never refreshed, or the clock was set back (tests; the demo clock only moves forward): compute every open case
    if (last.isEmpty() || last.get().toInstant().isAfter(now)) {
      cases.addAll(jdbc.sql("SELECT id FROM claim WHERE status = 'OPEN'").query(String.class).list());
    } else {
      Timestamp since = Timestamp.from(last.get().toInstant().minus(OVERLAP));
      cases.addAll(jdbc.sql("""
              SELECT id FROM claim WHERE created_at >= :since
              UNION SELECT id FROM claim WHERE closed_at >= :since
              UNION SELECT id FROM claim WHERE reviewed_at >= :since
              UNION SELECT claim_id FROM claim_event WHERE recorded_at >= :since
              UNION SELECT claim_id FROM expected_payment WHERE created_at >= :since
              UNION SELECT claim_id FROM payment WHERE recorded_at >= :since""")
          .param("since", since).query(String.class).list());
      cases.addAll(engineChanges.movedSince(since.toInstant()));
      cases.addAll(jdbc.sql("SELECT DISTINCT claim_id FROM calendar_deadline WHERE status = 'OPEN' AND due_on < ?")
          .param(today).query(String.class).list());
    }
    for (String claimId : cases) {
      try {
        transaction.executeWithoutResult(status -> recompute(claimId));
      } catch (DuplicateKeyException anotherNodeWroteIt) {
        // another node of the cluster recomputed the same case at the same moment: its rows stand
      }
    }
    transaction.executeWithoutResult(status -> {
      if (jdbc.sql("UPDATE calendar_refresh SET refreshed_at = ? WHERE id = 1").param(Timestamp.from(now)).update() == 0) {
        jdbc.sql("INSERT INTO calendar_refresh (id, refreshed_at) VALUES (1, ?)").param(Timestamp.from(now)).update();
      }
    });
    return cases.size();
  }

  /** The case's rows as its own deadline list has them now; none once it is closed or gone. */
  private void recompute(String claimId) {
    jdbc.sql("DELETE FROM calendar_deadline WHERE claim_id = ?").param(claimId).update();
    var claim = jdbc.sql("SELECT claim_number, payer_id, payer_name, pathway, stage FROM claim"
            + " WHERE id = ? AND status = 'OPEN'").param(claimId)
        .query((row, n) -> new String[] {row.getString("claim_number"), row.getString("payer_id"),
            row.getString("payer_name"), row.getString("pathway"), row.getString("stage")})
        .optional();
    if (claim.isEmpty()) {
      return;
    }
    String[] c = claim.get();
    Set<String> seen = new HashSet<>();
    for (Deadline deadline : caseDeadlines.listed(claimId).orElse(List.of())) {
      if (!seen.add(deadline.code() + "|" + deadline.dueOn())) {
        continue;
      }
      jdbc.sql("""
              INSERT INTO calendar_deadline (claim_id, claim_number, payer_id, payer_name, pathway, stage, code, due_on,
                title, citation, binds, rule_set, status, met_on, escalation_on)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(claimId, c[0], c[1], c[2], c[3], c[4], deadline.code(), deadline.dueOn(), deadline.title(), deadline.citation(), deadline.binds(),
              deadline.ruleSet(), deadline.status().name(), deadline.metOn(),
              caseDeadlines.escalationDay(deadline.dueOn()))
          .update();
    }
  }
}
