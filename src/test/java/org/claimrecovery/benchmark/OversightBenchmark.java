package org.claimrecovery.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.TestUsers.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.Claims;
import org.claimrecovery.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The deadline calendar's first page and the audit's case search with many cases in PostgreSQL: a few template
 * claims are posted through the API, then cloned in SQL (claim, lines, dated events, dates shifted so the due dates
 * spread over weeks) up to {@code -Dbench.cases=100000} open cases. The calendar's table is filled once (timed:
 * what the first request after an upgrade costs), then {@code -Dbench.requests=200} requests of each are timed.
 * Run with {@code mvn -Pbenchmark verify -Dit.test=OversightBenchmark}; numbers are printed and appended to
 * target/benchmark-results.txt, not asserted.
 */
@IntegrationTest
class OversightBenchmark {

  static final int CASES = Integer.getInteger("bench.cases", 100_000);
  static final int REQUESTS = Integer.getInteger("bench.requests", 200);
  static final int TEMPLATES = 20;
  static final Set<String> SHIFTED = Set.of("service_date", "submitted_on", "initial_payment_received_on",
      "denial_received_on", "occurred_on");

  @Autowired Api api;
  @Autowired JdbcClient jdbc;

  @Test
  void calendarAndCaseSearchWithManyCases() throws IOException {
    for (int i = 0; i < TEMPLATES; i++) {
      // initial payments received over four weeks: their notices fall due on different days
      String paid = java.time.LocalDate.now().minusDays(i).toString();
      assertThat(api.post(INTEGRATION, "/api/claims", Claims.nsaClaim("BENCH-T" + i, paid)
          .replace("\"acme\"", "\"bench-" + (i % 5) + "\"").replace("2026-04-20", java.time.LocalDate.now()
              .minusDays(40).toString()).replace("2026-04-24", java.time.LocalDate.now().minusDays(36).toString()))
          .status()).isEqualTo(201);
    }
    long cloning = System.nanoTime();
    clone(CASES - TEMPLATES);
    cloning = System.nanoTime() - cloning;
    long open = jdbc.sql("SELECT COUNT(*) FROM claim WHERE status = 'OPEN'").query(Long.class).single();

    // the templates themselves were changed a moment ago: past the refresh's look-back, as in a quiet hour
    sleep(31_000);
    long fill = System.nanoTime();
    var first = api.get(SUPERVISOR, "/api/deadlines?size=50");
    fill = System.nanoTime() - fill;
    assertThat(first.status()).isEqualTo(200);
    long rows = jdbc.sql("SELECT COUNT(*) FROM calendar_deadline").query(Long.class).single();
    // what PostgreSQL's autovacuum does soon after so many rows arrive: statistics and the visibility map
    jdbc.sql("VACUUM ANALYZE calendar_deadline").update();

    var calendar = time(() -> api.get(SUPERVISOR, "/api/deadlines?size=50"));
    var calendarFiltered = time(() -> api.get(SUPERVISOR, "/api/deadlines?size=50&payerId=bench-3&before="
        + java.time.LocalDate.now().plusDays(30)));
    var searchPayer = time(() -> api.get(AUDITOR, "/api/audit/cases?payer=bench-2&status=OPEN&size=50"));
    var searchNumber = time(() -> api.get(AUDITOR, "/api/audit/cases?claimNumber=BENCH-T7-4711"));

    String report = String.format(Locale.ROOT, """
        Oversight benchmark: %,d open cases (%,d cloned in %.1f s), %,d calendar rows
          calendar table filled on the first request: %.1f s
          %-58s p50 %6.1f ms  p95 %6.1f ms
          %-58s p50 %6.1f ms  p95 %6.1f ms
          %-58s p50 %6.1f ms  p95 %6.1f ms
          %-58s p50 %6.1f ms  p95 %6.1f ms
        """, open, CASES - TEMPLATES, cloning / 1e9, rows, fill / 1e9,
        "GET /api/deadlines?size=50 (first page)", calendar[0], calendar[1],
        "GET /api/deadlines?size=50&payerId=&before= (first page)", calendarFiltered[0], calendarFiltered[1],
        "GET /api/audit/cases?payer=&status=OPEN&size=50", searchPayer[0], searchPayer[1],
        "GET /api/audit/cases?claimNumber=", searchNumber[0], searchNumber[1]);
    System.out.println(report);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "benchmark-results.txt"), report, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** p50 and p95 in milliseconds of {@link #REQUESTS} requests, each answered 200, after 20 unmeasured ones. */
  private static double[] time(java.util.function.Supplier<Api.Response> request) {
    for (int i = 0; i < 20; i++) {
      assertThat(request.get().status()).isEqualTo(200);
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      long start = System.nanoTime();
      var answer = request.get();
      millis.add((System.nanoTime() - start) / 1e6);
      assertThat(answer.status()).isEqualTo(200);
    }
    double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new double[] {sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1]};
  }

  /** Copies of the templates with new ids and claim numbers, their dates shifted back by up to 27 days. */
  private void clone(int copies) {
    jdbc.sql("DROP TABLE IF EXISTS bench_copy").update();
    jdbc.sql("""
        CREATE TABLE bench_copy AS
        SELECT g AS n, gen_random_uuid()::varchar AS id, t.id AS template
        FROM generate_series(1, ?) g
        JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM claim WHERE claim_number LIKE 'BENCH-T%') t
          ON t.k = g % ?""").params(copies, TEMPLATES).update();
        // cases opened and changed days ago, as most open cases were: not changes the calendar has yet to take in
    copy("claim", "c", "id", "m.id", "claim_number", "c.claim_number || '-' || m.n", "process_instance_id", "NULL",
        "created_at", "c.created_at - INTERVAL '2 days'");
    copy("claim_line", "c", "claim_id", "m.id");
    copy("claim_event", "c", "claim_id", "m.id", "recorded_at", "c.recorded_at - INTERVAL '2 days'");
    jdbc.sql("DROP TABLE bench_copy").update();
    jdbc.sql("ANALYZE").update();
  }

  /** INSERT INTO table SELECT every column of the template's row, some replaced, dates shifted by n % 28 days. */
  private void copy(String table, String alias, String... replaced) {
    List<String> columns = jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_name = ?"
        + " ORDER BY ordinal_position").param(table).query(String.class).list();
    var replacements = new java.util.HashMap<String, String>();
    for (int i = 0; i < replaced.length; i += 2) {
      replacements.put(replaced[i], replaced[i + 1]);
    }
    String values = columns.stream().map(column -> replacements.containsKey(column) ? replacements.get(column)
            : SHIFTED.contains(column) ? alias + "." + column + " - (m.n % 28)" : alias + "." + column)
        .collect(Collectors.joining(", "));
    String key = table.equals("claim") ? "id" : "claim_id";
    jdbc.sql("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + values + " FROM " + table
        + " " + alias + " JOIN bench_copy m ON m.template = " + alias + "." + key).update();
  }
}
