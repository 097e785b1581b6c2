package org.claimrecovery.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.CaseTime.moveClockTo;
import static org.claimrecovery.support.TestUsers.INTEGRATION;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.claimrecovery.remittance.RemittanceImport;
import org.claimrecovery.remittance.RemittanceReader;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.Claims;
import org.claimrecovery.support.IntegrationTest;
import org.claimrecovery.support.Remittances;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A remittance of 100,000 claims imported into embedded PostgreSQL, next to StAEDI reading the same file bare, in the
 * same run. Run with {@code mvn -Pbenchmark verify -Dit.test=RemittanceImportBenchmark}
 * ({@code -Dbenchmark.argLine=-Xmx256m} to hold the whole service to 256 MB of heap). Printed, not asserted; only
 * correctness is.
 *
 * <p>The file: one payment of one payer, one service line per claim. Of every 200 claims: 4 are out-of-network
 * emergency visits paid below their benchmark (a case opens: 2 %), 1 pays a case that waits for the payer
 * (InitialPaymentReceived: 0.5 %), 4 are NSA claims paid at the benchmark, 4 paid in full, 4 denied in network, and
 * 183 paid in network. The cases waiting for the payer are opened before the measured run.
 *
 * <p>Sizes: {@code -Dbench.remittanceClaims=100000}.
 */
@IntegrationTest
class RemittanceImportBenchmark {

  static final int CLAIMS = Integer.getInteger("bench.remittanceClaims", 100_000);
  static final int WARM_UP_CLAIMS = 2_000;
  static final LocalDate PAID_ON = LocalDate.of(2026, 6, 5);
  static final LocalDate SERVED = LocalDate.of(2026, 5, 12);

  @Autowired RemittanceImport remittanceImport;
  @Autowired Api api;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aHundredThousandClaims() throws Exception {
    moveClockTo(LocalDateTime.of(2026, 6, 10, 10, 0));
    int waiting = CLAIMS / 200;
    openCasesWaitingForThePayer("BENCH-WAIT-", waiting);
    openCasesWaitingForThePayer("WARM-WAIT-", WARM_UP_CLAIMS / 200);
    Path dir = Files.createDirectories(Path.of("target", "benchmark"));
    Path warmUp = generate(dir.resolve("remittance-warm-up.835"), "WARM", WARM_UP_CLAIMS);
    Path file = generate(dir.resolve("remittance-" + CLAIMS + ".835"), "BENCH", CLAIMS);

    // warm-up: the same paths once on a small file, not measured
    bareRead(warmUp);
    RemittanceReader.validate(open(warmUp));
    remittanceImport.importFile(() -> open(warmUp), "warm-up.835", "benchmark");

    long bareStart = System.nanoTime();
    var bare = bareRead(file);
    double bareSeconds = seconds(bareStart);
    long schemaStart = System.nanoTime();
    var validated = RemittanceReader.validate(open(file));
    double schemaSeconds = seconds(schemaStart);
    assertThat(bare.claims()).isEqualTo(CLAIMS);
    assertThat(validated.claims()).isEqualTo(CLAIMS);

    var heap = new HeapWatch();
    heap.start();
    var result = remittanceImport.importFile(() -> open(file), file.getFileName().toString(), "benchmark");
    long peakHeap = heap.stop();
    System.gc();
    long heapAfterGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

    var report = result.report();
    assertThat(report.claimsRead()).isEqualTo(CLAIMS);
    assertThat(report.casesOpened()).isEqualTo(CLAIMS / 200 * 4);
    assertThat(report.paymentsCorrelated()).isEqualTo(waiting);

    double total = result.timing().total().toNanos() / 1e9;
    double applying = result.timing().applying().toNanos() / 1e9;
    double parseAndMatch = total - applying;
    long maxHeap = Runtime.getRuntime().maxMemory();
    var lines = new ArrayList<String>();
    lines.add("Remittance import benchmark, " + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
        + " cores, max heap " + mb(maxHeap));
    lines.add(String.format(Locale.ROOT, "file: %,d claims, %,d segments, %s", CLAIMS, bare.segments(),
        mb(Files.size(file))));
    lines.add(String.format(Locale.ROOT, "%-66s %8.1f s %,10.0f claims/s", "StAEDI bare read (envelope only, no "
        + "transaction schema)", bareSeconds, CLAIMS / bareSeconds));
    lines.add(String.format(Locale.ROOT, "%-66s %8.1f s %,10.0f claims/s", "StAEDI with the 835 schema "
        + "(RemittanceReader.validate)", schemaSeconds, CLAIMS / schemaSeconds));
    lines.add(String.format(Locale.ROOT, "%-66s %8.1f s %,10.0f claims/s", "import, whole (check pass, apply pass, "
        + "decisions, report, cases)", total, CLAIMS / total));
    lines.add(String.format(Locale.ROOT, "%-66s %8.1f s %,10.0f claims/s", "  parsed and matched (all but opening "
        + "cases and handing on payments)", parseAndMatch, CLAIMS / parseAndMatch));
    double checking = result.timing().checking().toNanos() / 1e9;
    lines.add(String.format(Locale.ROOT, "%-66s %8.1f s %,10.0f claims/s", "    of which the check pass (StAEDI "
        + "with the 835 schema, SHA-256)", checking, CLAIMS / checking));
    lines.add(String.format(Locale.ROOT, "%-66s %8.1f s %,10.0f claims/s", "    of which the apply pass (read, "
        + "match, decide, report lines, payment keys)", parseAndMatch - checking, CLAIMS / (parseAndMatch - checking)));
    lines.add(String.format(Locale.ROOT, "%-66s %8.1f s %,10.1f cases/s", String.format(Locale.ROOT,
        "  cases opened (%,d) and payments handed on (%,d) through intake", report.casesOpened(),
        report.paymentsCorrelated()), applying, result.timing().applied() / applying));
    lines.add(String.format(Locale.ROOT, "peak heap used during the import (sampled every 20 ms): %s; after GC: %s",
        mb(peakHeap), mb(heapAfterGc)));
    String table = String.join("\n", lines);
    System.out.println("\n" + table + "\n");
    Files.writeString(Path.of("target", "remittance-benchmark-results.txt"), table + "\n");
  }

  /** The payer's claims that wait for their initial payment, opened through the API's batch. */
  private void openCasesWaitingForThePayer(String prefix, int count) {
    for (int from = 0; from < count; from += 500) {
      var batch = new ArrayList<String>();
      for (int i = from; i < Math.min(count, from + 500); i++) {
        batch.add(Claims.unpaidClaim(prefix + i, "2026-05-15").replace("\"id\": \"acme\"", "\"id\": \"bench-payer\""));
      }
      var answer = api.post(INTEGRATION, "/api/claims", "[" + String.join(",", batch) + "]");
      assertThat(answer.status()).isEqualTo(200);
      answer.body().get("results").forEach(result -> assertThat(result.get("status").asInt()).isEqualTo(201));
    }
  }

  private static Path generate(Path file, String prefix, int count) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      Remittances.write(out, prefix.hashCode() & 0xFFFFFF, "BENCHPAYER", prefix + "-EFT-0605", PAID_ON, count,
          i -> claim(prefix, i));
    }
    return file;
  }

  private static String claim(String prefix, int i) {
    String number = prefix + "-" + i;
    return switch (i % 200) {
      case 0, 50, 100, 150 -> Remittances.claim(number, "1", "2400.00", "400.00", "99285", SERVED,
          "CAS*CO*45*2000.00~\nLQ*HE*N864~\n");
      case 7 -> Remittances.claim(prefix + "-WAIT-" + (i / 200), "1", "1650.00", "700.00", "99284", SERVED,
          "CAS*CO*45*950.00~\n");
      case 1, 51, 101, 151 -> Remittances.claim(number, "1", "2400.00", "1200.00", "99285", SERVED,
          "CAS*CO*45*1200.00~\nLQ*HE*N864~\n");
      case 2, 52, 102, 152 -> Remittances.claim(number, "1", "900.00", "900.00", "99283", SERVED, "");
      case 3, 53, 103, 153 -> Remittances.claim(number, "4", "500.00", "0", "99213", SERVED, "CAS*CO*97*500.00~\n");
      default -> Remittances.claim(number, "1", "500.00", "400.00", "99213", SERVED,
          "CAS*CO*45*60.00~\nCAS*PR*2*40.00~\n");
    };
  }

  record BareRead(long segments, int claims) {}

  /** StAEDI on its own: every event of the file, the envelope checked, no transaction schema. */
  private static BareRead bareRead(Path file) throws Exception {
    long segments = 0;
    int claims = 0;
    try (InputStream in = open(file); EDIStreamReader reader = EDIInputFactory.newFactory().createEDIStreamReader(in)) {
      while (reader.hasNext()) {
        if (reader.next() == EDIStreamEvent.START_SEGMENT) {
          segments++;
          if ("CLP".equals(reader.getText())) {
            claims++;
          }
        }
      }
    }
    return new BareRead(segments, claims);
  }

  private static InputStream open(Path file) throws IOException {
    return new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.0f MB", bytes / 1024.0 / 1024.0);
  }

  /** The largest heap in use while it runs, sampled: garbage not yet collected counts, as it occupies the heap. */
  static final class HeapWatch {
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler = new Thread(() -> {
      var memory = ManagementFactory.getMemoryMXBean();
      while (running.get()) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(20);
        } catch (InterruptedException stop) {
          return;
        }
      }
    }, "heap-watch");

    void start() {
      System.gc();
      sampler.setDaemon(true);
      sampler.start();
    }

    long stop() throws InterruptedException {
      running.set(false);
      sampler.join();
      return peak.get();
    }
  }
}
