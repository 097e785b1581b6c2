package org.claimrecovery.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.deadlines.DeadlineStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Every statutory deadline of the open cases in date order, for supervisors who plan the week, with the ones inside
 * the escalation margin and the missed ones marked. Read from the calendar's table, which {@link CalendarRefresh}
 * brings up to date from the cases' own deadline lists before every answer, so the first page is one indexed query
 * however many cases are open.
 */
@Service
public class DeadlineCalendar {

  /** What the calendar is asked; every filter is optional. */
  public record Query(LocalDate before, String payerId, DeadlineStatus status, String pathway, String bindingParty,
      String assignee) {}

  /**
   * A page of the calendar with what it matches: {@code total}, {@code atRisk} and {@code missed} are counted up to
   * {@code countLimit}; a figure above it means "more than countLimit".
   */
  public record Page(List<CalendarEntry> deadlines, int page, int size, long total, LocalDate today,
      long atRisk, long missed, int countLimit) {}

  private final JdbcClient jdbc;
  private final CalendarRefresh refresh;
  private final OpenWork openWork;
  private final CaseClock clock;

  DeadlineCalendar(JdbcClient jdbc, CalendarRefresh refresh, OpenWork openWork, CaseClock clock) {
    this.jdbc = jdbc;
    this.refresh = refresh;
    this.openWork = openWork;
    this.clock = clock;
  }

  public Page find(Query query, int page, int size) {
    refresh.refresh();
    LocalDate today = clock.today();
    // the table holds open cases only (a case that closes leaves it on the next refresh)
    var where = new StringBuilder(" FROM calendar_deadline d WHERE 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("today", today);
    // without a status: what is still to do, deadlines open and those missed without the act (a deadline met late is
    // history, not work)
    if (query.status() != null) {
      where.append(" AND d.status = :status");
      params.put("status", query.status().name());
    } else {
      where.append(" AND (d.status = 'OPEN' OR d.status = 'MISSED' AND d.met_on IS NULL)");
    }
    if (query.before() != null) {
      where.append(" AND d.due_on < :before");
      params.put("before", query.before());
    }
    if (query.payerId() != null) {
      where.append(" AND d.payer_id = :payerId");
      params.put("payerId", query.payerId());
    }
    if (query.pathway() != null) {
      where.append(" AND d.pathway = :pathway");
      params.put("pathway", query.pathway().toUpperCase(Locale.ROOT));
    }
    if (query.bindingParty() != null) {
      where.append(" AND UPPER(d.binds) = :binds");
      params.put("binds", query.bindingParty().toUpperCase(Locale.ROOT));
    }
    if (query.assignee() != null) {
      var held = openWork.casesHeldBy(query.assignee());
      if (held.isEmpty()) {
        return new Page(List.of(), page, size, 0, today, 0, 0, BoundedCount.LIMIT);
      }
      where.append(" AND d.claim_id IN (:held)");
      params.put("held", held);
    }
    long total = BoundedCount.of(jdbc, where.toString(), params);
    long atRisk = BoundedCount.of(jdbc, where + " AND d.status = 'OPEN' AND d.escalation_on <= :today", params);
    // without a status the calendar shows missed deadlines without the act only: said in so many words, the count
    // can read their own index (V25)
    long missed = BoundedCount.of(jdbc, where + " AND d.status = 'MISSED'"
        + (query.status() == null ? " AND d.met_on IS NULL" : ""), params);
    params.put("limit", size);
    params.put("offset", (long) page * size);
    var read = jdbc.sql("SELECT d.*" + where
            + " ORDER BY d.due_on, d.claim_number, d.code LIMIT :limit OFFSET :offset")
        .params(params)
        .query((row, n) -> {
          var status = DeadlineStatus.valueOf(row.getString("status"));
          LocalDate escalationOn = row.getObject("escalation_on", LocalDate.class);
          String claimId = row.getString("claim_id");
          return new CalendarEntry(claimId, row.getString("claim_number"), row.getString("payer_id"),
              row.getString("payer_name"), row.getString("pathway"), row.getString("stage"), row.getString("code"),
              row.getString("title"), row.getObject("due_on", LocalDate.class), row.getString("citation"),
              row.getString("binds"), status, escalationOn,
              status == DeadlineStatus.OPEN && !today.isBefore(escalationOn), status == DeadlineStatus.MISSED,
              List.of());
        })
        .list();
    // who holds the work, asked for the cases on this page only
    var assignees = openWork.assigneesOf(read.stream().map(CalendarEntry::claimId).distinct().toList());
    var entries = read.stream()
        .map(entry -> entry.heldBy(assignees.getOrDefault(entry.claimId(), List.of()))).toList();
    return new Page(entries, page, size, total, today, atRisk, missed, BoundedCount.LIMIT);
  }
}
