package org.claimrecovery.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.deadlines.CaseDeadlines;
import org.claimrecovery.deadlines.Deadline;
import org.claimrecovery.deadlines.DeadlineStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Every statutory deadline of the open cases in date order, for supervisors who plan the week: computed from each
 * case's events by the same rules as the case's own deadline list (nothing is kept apart that could drift), with
 * the ones inside the escalation margin and the missed ones marked.
 */
@Service
public class DeadlineCalendar {

  /** What the calendar is asked; every filter is optional. */
  public record Query(LocalDate before, String payerId, DeadlineStatus status, String pathway, String bindingParty,
      String assignee) {}

  public record Page(List<CalendarEntry> deadlines, int page, int size, long total, LocalDate today,
      long atRisk, long missed) {}

  private final JdbcClient jdbc;
  private final CaseDeadlines caseDeadlines;
  private final OpenWork openWork;
  private final CaseClock clock;

  DeadlineCalendar(JdbcClient jdbc, CaseDeadlines caseDeadlines, OpenWork openWork, CaseClock clock) {
    this.jdbc = jdbc;
    this.caseDeadlines = caseDeadlines;
    this.openWork = openWork;
    this.clock = clock;
  }

  private record OpenCase(String id, String claimNumber, String payerId, String payerName, String pathway,
      String stage) {}

  public Page find(Query query, int page, int size) {
    LocalDate today = clock.today();
    var assignees = openWork.assigneesByCase();
    var entries = new ArrayList<CalendarEntry>();
    for (OpenCase open : openCases(query)) {
      var held = assignees.getOrDefault(open.id(), List.of());
      if (query.assignee() != null && !held.contains(query.assignee())) {
        continue;
      }
      for (Deadline deadline : caseDeadlines.listed(open.id()).orElse(List.of())) {
        if (!wanted(deadline, query)) {
          continue;
        }
        LocalDate escalationOn = caseDeadlines.escalationDay(deadline.dueOn());
        boolean atRisk = deadline.status() == DeadlineStatus.OPEN && !today.isBefore(escalationOn);
        boolean missed = deadline.status() == DeadlineStatus.MISSED;
        entries.add(new CalendarEntry(open.id(), open.claimNumber(), open.payerId(), open.payerName(),
            open.pathway(), open.stage(), deadline.code(), deadline.title(), deadline.dueOn(), deadline.citation(),
            deadline.binds(), deadline.status(), escalationOn, atRisk, missed, held));
      }
    }
    entries.sort(Comparator.comparing(CalendarEntry::dueOn).thenComparing(CalendarEntry::claimNumber)
        .thenComparing(CalendarEntry::code));
    long atRisk = entries.stream().filter(CalendarEntry::atRisk).count();
    long missed = entries.stream().filter(CalendarEntry::missed).count();
    int from = (int) Math.min((long) page * size, entries.size());
    int to = Math.min(from + size, entries.size());
    return new Page(List.copyOf(entries.subList(from, to)), page, size, entries.size(), today, atRisk, missed);
  }

  /**
   * Without a status the calendar shows what is still to do: deadlines open, and those missed without the act (a
   * deadline met late is history, not work).
   */
  private static boolean wanted(Deadline deadline, Query query) {
    if (query.before() != null && !deadline.dueOn().isBefore(query.before())) {
      return false;
    }
    if (query.bindingParty() != null && !query.bindingParty().equalsIgnoreCase(deadline.binds())) {
      return false;
    }
    if (query.status() != null) {
      return deadline.status() == query.status();
    }
    return deadline.status() == DeadlineStatus.OPEN
        || deadline.status() == DeadlineStatus.MISSED && deadline.metOn() == null;
  }

  private List<OpenCase> openCases(Query query) {
    var sql = new StringBuilder("SELECT id, claim_number, payer_id, payer_name, pathway, stage FROM claim"
        + " WHERE status = 'OPEN'");
    Map<String, Object> params = new LinkedHashMap<>();
    if (query.payerId() != null) {
      sql.append(" AND payer_id = :payerId");
      params.put("payerId", query.payerId());
    }
    if (query.pathway() != null) {
      sql.append(" AND pathway = :pathway");
      params.put("pathway", query.pathway().toUpperCase(Locale.ROOT));
    }
    return jdbc.sql(sql.toString()).params(params)
        .query((row, n) -> new OpenCase(row.getString("id"), row.getString("claim_number"), row.getString("payer_id"),
            row.getString("payer_name"), row.getString("pathway"), row.getString("stage")))
        .list();
  }
}
