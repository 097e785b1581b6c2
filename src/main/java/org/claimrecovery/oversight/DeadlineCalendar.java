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

  public record Page(List<CalendarEntry> deadlines, int page, int size, long total, LocalDate today,
      long atRisk, long missed) {}

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
    var assignees = openWork.assigneesByCase();
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
      var held = new ArrayList<String>();
      assignees.forEach((claimId, people) -> {
        if (people.contains(query.assignee())) {
          held.add(claimId);
        }
      });
      if (held.isEmpty()) {
        return new Page(List.of(), page, size, 0, today, 0, 0);
      }
      where.append(" AND d.claim_id IN (:held)");
      params.put("held", held);
    }
    var counts = jdbc.sql("SELECT COUNT(*) AS total,"
            + " COALESCE(SUM(CASE WHEN d.status = 'OPEN' AND d.escalation_on <= :today THEN 1 ELSE 0 END), 0) AS at_risk,"
            + " COALESCE(SUM(CASE WHEN d.status = 'MISSED' THEN 1 ELSE 0 END), 0) AS missed" + where)
        .params(params)
        .query((row, n) -> new long[] {row.getLong("total"), row.getLong("at_risk"), row.getLong("missed")})
        .single();
    params.put("limit", size);
    params.put("offset", (long) page * size);
    var entries = jdbc.sql("SELECT d.*" + where
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
              assignees.getOrDefault(claimId, List.of()));
        })
        .list();
    return new Page(entries, page, size, counts[0], today, counts[1], counts[2]);
  }
}
