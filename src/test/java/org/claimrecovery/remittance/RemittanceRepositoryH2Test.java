package org.claimrecovery.remittance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.claimrecovery.remittance.RemittanceRepository.PaymentKey;
import org.claimrecovery.remittance.ReportLine.Outcome;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The demo runs on H2: the remittance tables and their SQL work there as on PostgreSQL (RemittanceImportIT). */
class RemittanceRepositoryH2Test {

  static final Instant NOON = Instant.parse("2026-06-10T16:00:00Z");
  private RemittanceRepository remittances;

  @BeforeEach
  void migrate() {
    var dataSource = new DriverManagerDataSource("jdbc:h2:mem:remittances-" + UUID.randomUUID()
        + ";DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    remittances = new RemittanceRepository(JdbcClient.create(dataSource));
  }

  @Test
  void aFileAndAClaimPaymentAreStoredOnceAndTheReportCountsItsLines() {
    remittances.insert("r-1", "a".repeat(64), "june.835", "specialist", NOON);
    assertThatThrownBy(() -> remittances.insert("r-2", "a".repeat(64), "copy.835", "specialist", NOON))
        .isInstanceOf(DuplicateKeyException.class);
    assertThat(remittances.idOfFile("a".repeat(64))).contains("r-1");

    var paid = new PaymentKey("sunshine-health", "NSA-1", "TRACE-1");
    var other = new PaymentKey("sunshine-health", "NSA-2", "TRACE-1");
    remittances.insertPayments(List.of(paid), "r-1");
    assertThatThrownBy(() -> remittances.insertPayment(paid, "r-1", null)).isInstanceOf(DuplicateKeyException.class);
    assertThat(remittances.applied(List.of(paid, other))).containsExactly(paid);

    remittances.insertLines(List.of(line(1, Outcome.CASE_OPENED), line(2, Outcome.SKIPPED),
        line(3, Outcome.SETTLEMENT_PAYMENT_RECORDED), line(4, Outcome.ALREADY_IMPORTED)));
    assertThat(remittances.lastSeq("r-1")).isEqualTo(4);
    remittances.finish("r-1", 1, NOON.plusSeconds(5));
    var report = remittances.find("r-1").orElseThrow();
    assertThat(report.status()).isEqualTo("DONE");
    assertThat(List.of(report.claimsRead(), report.casesOpened(), report.paymentsCorrelated(), report.skipped()))
        .containsExactly(4, 1, 1, 2);
    assertThat(remittances.lines("r-1", 2, 10)).extracting(ReportLine::seq).containsExactly(3, 4);
    assertThat(remittances.lines("r-1", 0, 1).get(0).nsaRemarkCodes()).containsExactly("N864");
    assertThat(remittances.list(0, 10)).extracting(RemittanceReport::id).containsExactly("r-1");
  }

  @Test
  void anImportWhoseHeartbeatStoppedMayBeTakenOverOnce() {
    remittances.insert("r-1", "b".repeat(64), "june.835", "specialist", NOON);
    Instant later = NOON.plus(Duration.ofMinutes(10));
    assertThat(remittances.takeOver("r-1", NOON.minusSeconds(1), later)).isFalse();
    assertThat(remittances.takeOver("r-1", later.minus(RemittanceImport.STALE), later)).isTrue();
    // the node that took it over moved the heartbeat: a second node does not
    assertThat(remittances.takeOver("r-1", later.minus(RemittanceImport.STALE), later)).isFalse();
  }

  private static ReportLine line(int seq, Outcome outcome) {
    return new ReportLine("r-1", seq, 10 + seq, "sunshine-health", "NSA-" + seq, "PCN-" + seq, "1",
        new BigDecimal("2400.00"), new BigDecimal("400.00"), LocalDate.of(2026, 6, 5), "TRACE-1", List.of("N864"),
        outcome, "why", null);
  }
}
