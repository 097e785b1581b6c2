package org.claimrecovery.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.oversight.BoundedCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Finds cases for the audit: by claim number, payer (id or name), status, stage and the days they were opened. */
@Service
public class CaseSearch {

  /** Every filter is optional; {@code openedFrom} and {@code openedTo} are days in the provider's time zone. */
  public record Query(String claimNumber, String payer, String status, String stage, LocalDate openedFrom,
      LocalDate openedTo) {}

  public record Found(String id, String claimNumber, String payerId, String payerName, String status, String stage,
      String pathway, String outcome, Instant openedAt, Instant closedAt) {}

  /** A page of cases; {@code total} is counted up to {@code countLimit}, a figure above it means "more than". */
  public record Page(List<Found> cases, int page, int size, long total, int countLimit) {}

  private final JdbcClient jdbc;
  private final CaseClock clock;

  CaseSearch(JdbcClient jdbc, CaseClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Page find(Query query, int page, int size) {
    var where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    if (query.claimNumber() != null) {
      where.append(" AND claim_number = :claimNumber");
      params.put("claimNumber", query.claimNumber());
    }
    if (query.payer() != null) {
      where.append(" AND (payer_id = :payer OR LOWER(payer_name) LIKE :payerName)");
      params.put("payer", query.payer());
      params.put("payerName", "%" + query.payer().toLowerCase(Locale.ROOT).replace("%", "") + "%");
    }
    if (query.status() != null) {
      where.append(" AND status = :status");
      params.put("status", query.status().toUpperCase(Locale.ROOT));
    }
    if (query.stage() != null) {
      where.append(" AND stage = :stage");
      params.put("stage", query.stage().toUpperCase(Locale.ROOT));
    }
    if (query.openedFrom() != null) {
      where.append(" AND created_at >= :from");
      params.put("from", Timestamp.from(query.openedFrom().atStartOfDay(clock.zone()).toInstant()));
    }
    if (query.openedTo() != null) {
      where.append(" AND created_at < :to");
      params.put("to", Timestamp.from(query.openedTo().plusDays(1).atStartOfDay(clock.zone()).toInstant()));
    }
    long total = BoundedCount.of(jdbc, " FROM claim" + where, params);
    params.put("limit", size);
    params.put("offset", (long) page * size);
    var found = jdbc.sql("SELECT id, claim_number, payer_id, payer_name, status, stage, pathway, outcome, created_at,"
            + " closed_at FROM claim" + where + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
        .params(params)
        .query((row, n) -> new Found(row.getString("id"), row.getString("claim_number"), row.getString("payer_id"),
            row.getString("payer_name"), row.getString("status"), row.getString("stage"), row.getString("pathway"),
            row.getString("outcome"), row.getTimestamp("created_at").toInstant(),
            row.getTimestamp("closed_at") == null ? null : row.getTimestamp("closed_at").toInstant()))
        .list();
    return new Page(found, page, size, total, BoundedCount.LIMIT);
  }
}
