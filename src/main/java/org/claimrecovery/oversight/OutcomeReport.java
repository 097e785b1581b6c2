package org.claimrecovery.oversight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.claimrecovery.clock.CaseClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the program recovers, from recorded outcomes only: closed cases with the outcome they closed with, the amount
 * the payer owed and what was recovered above the initial payment as the case recorded it on closing, and open cases'
 * amounts still in dispute or still owed. Nothing is estimated: an open case counts only in the amount still in
 * dispute.
 */
@Service
public class OutcomeReport {

  /**
   * How a closed case ended, from its recorded outcome.
   * ACCEPTED: the initial payment was accepted, nothing disputed; WON: an amount was decided for us (and paid,
   * or a regulator found the complaint justified); LOST: decided against us or not eligible; MISSED: our filing
   * window passed.
   */
  public enum Result { ACCEPTED, WON, LOST, MISSED, OTHER }

  /**
   * One group of closed cases.
   *
   * @param winRate             won / (won + lost + missed), the disputed cases decided; null when none was
   * @param recovered           paid above the initial payment, summed
   * @param averageDaysToResolution from the case's opening to its closing, in days; null when no case closed
   */
  public record Group(String key, long closed, long won, long lost, long missed, long accepted, BigDecimal winRate,
      BigDecimal recovered, BigDecimal averageDaysToResolution) {}

  /**
   * @param stillInDispute the amount at stake (billed minus paid) of open cases in negotiation or a dispute
   * @param stillOwed      what payers owe on open cases by a settlement or decision and have not yet paid
   */
  public record Report(Group total, List<Group> byPayer, List<Group> byPathway, List<Group> byMechanism,
      List<Group> byMonth, BigDecimal stillInDispute, BigDecimal stillOwed, long openCasesInDispute) {}

  private record Closed(String payer, String pathway, String mechanism, String month, Result result,
      BigDecimal recovered, Instant openedAt, Instant closedAt) {}

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

  private final JdbcClient jdbc;
  private final CaseClock clock;

  OutcomeReport(JdbcClient jdbc, CaseClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Report report() {
    ZoneId zone = clock.zone();
    List<Closed> closed = jdbc.sql("""
            SELECT c.payer_name, c.pathway, c.outcome, c.created_at, c.closed_at, e.source, e.recovered_amount
            FROM claim c LEFT JOIN expected_payment e ON e.claim_id = c.id
            WHERE c.status = 'CLOSED' AND c.closed_at IS NOT NULL""")
        .query((row, n) -> {
          String outcome = row.getString("outcome");
          Instant closedAt = row.getTimestamp("closed_at").toInstant();
          return new Closed(row.getString("payer_name"), String.valueOf(row.getString("pathway")),
              mechanism(outcome), MONTH.format(closedAt.atZone(zone)), result(outcome, row.getString("source")),
              row.getBigDecimal("recovered_amount"), row.getTimestamp("created_at").toInstant(), closedAt);
        })
        .list();
    BigDecimal stillInDispute = jdbc.sql("""
            SELECT COALESCE(SUM(CASE WHEN l.billed_amount > COALESCE(l.paid_amount, 0)
                                     THEN l.billed_amount - COALESCE(l.paid_amount, 0) ELSE 0 END), 0)
            FROM claim c JOIN claim_line l ON l.claim_id = c.id
            WHERE c.status = 'OPEN' AND c.stage IN ('NEGOTIATION', 'FEDERAL_IDR', 'INTERNAL_APPEAL', 'EXTERNAL_REVIEW',
              'STATE_DISPUTE', 'REGULATOR_COMPLAINT', 'AWAITING_DISPUTE_STAGE')""")
        .query(BigDecimal.class).single();
    long openInDispute = jdbc.sql("""
            SELECT COUNT(*) FROM claim WHERE status = 'OPEN' AND stage IN ('NEGOTIATION', 'FEDERAL_IDR',
              'INTERNAL_APPEAL', 'EXTERNAL_REVIEW', 'STATE_DISPUTE', 'REGULATOR_COMPLAINT', 'AWAITING_DISPUTE_STAGE')""")
        .query(Long.class).single();
    BigDecimal stillOwed = jdbc.sql("""
            SELECT COALESCE(SUM(CASE WHEN e.amount > COALESCE(p.paid, 0) THEN e.amount - COALESCE(p.paid, 0)
                                     ELSE 0 END), 0)
            FROM claim c JOIN expected_payment e ON e.claim_id = c.id
            LEFT JOIN (SELECT claim_id, SUM(amount) AS paid FROM payment GROUP BY claim_id) p ON p.claim_id = c.id
            WHERE c.status = 'OPEN'""")
        .query(BigDecimal.class).single();
    return new Report(group("all", closed), groups(closed, Closed::payer), groups(closed, Closed::pathway),
        groups(closed, Closed::mechanism), groups(closed, Closed::month), money(stillInDispute), money(stillOwed),
        openInDispute);
  }

  /** The mechanism a case ended in, from the prefix its feature gives the outcome (e.g. IDR_WON: FEDERAL_IDR). */
  static String mechanism(String outcome) {
    if (outcome == null) {
      return "UNKNOWN";
    }
    if (outcome.equals("INITIAL_PAYMENT_ACCEPTED")) {
      return "NONE";
    }
    if (outcome.equals("SETTLED")) {
      return "NEGOTIATION";
    }
    for (var prefix : Map.of("IDR_", "FEDERAL_IDR", "APPEAL_", "INTERNAL_APPEAL", "EXTERNAL_REVIEW_",
        "EXTERNAL_REVIEW", "STATE_DISPUTE_", "STATE_DISPUTE", "COMPLAINT_", "REGULATOR_COMPLAINT").entrySet()) {
      if (outcome.startsWith(prefix.getKey())) {
        return prefix.getValue();
      }
    }
    return "OTHER";
  }

  static Result result(String outcome, String owedBy) {
    if (outcome == null) {
      return Result.OTHER;
    }
    if (outcome.equals("INITIAL_PAYMENT_ACCEPTED")) {
      return Result.ACCEPTED;
    }
    // a case closes with an amount owed only once it is paid in full
    if (owedBy != null || outcome.equals("COMPLAINT_RESOLVED")) {
      return Result.WON;
    }
    if (outcome.endsWith("_MISSED")) {
      return Result.MISSED;
    }
    if (outcome.endsWith("_LOST") || outcome.equals("IDR_INELIGIBLE") || outcome.equals("COMPLAINT_NOT_JUSTIFIED")) {
      return Result.LOST;
    }
    return Result.OTHER;
  }

  private static List<Group> groups(List<Closed> closed, Function<Closed, String> key) {
    var byKey = new TreeMap<String, List<Closed>>();
    closed.forEach(c -> byKey.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c));
    var groups = new ArrayList<Group>();
    byKey.forEach((k, cases) -> groups.add(group(k, cases)));
    groups.sort(Comparator.comparing(Group::key));
    return groups;
  }

  private static Group group(String key, List<Closed> cases) {
    long won = cases.stream().filter(c -> c.result() == Result.WON).count();
    long lost = cases.stream().filter(c -> c.result() == Result.LOST).count();
    long missed = cases.stream().filter(c -> c.result() == Result.MISSED).count();
    long accepted = cases.stream().filter(c -> c.result() == Result.ACCEPTED).count();
    long decided = won + lost + missed;
    BigDecimal winRate = decided == 0 ? null
        : BigDecimal.valueOf(won).divide(BigDecimal.valueOf(decided), 4, RoundingMode.HALF_UP);
    BigDecimal recovered = money(cases.stream().map(Closed::recovered).filter(java.util.Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add));
    BigDecimal days = cases.isEmpty() ? null : BigDecimal.valueOf(cases.stream()
            .mapToLong(c -> Duration.between(c.openedAt(), c.closedAt()).toMinutes()).average().orElse(0))
        .divide(BigDecimal.valueOf(24 * 60), 1, RoundingMode.HALF_UP);
    return new Group(key, cases.size(), won, lost, missed, accepted, winRate, recovered, days);
  }

  private static BigDecimal money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }
}
