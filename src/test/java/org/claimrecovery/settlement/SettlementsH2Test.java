package org.claimrecovery.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.claims.ClaimStatus;
import org.claimrecovery.claims.Stage;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.deadlines.CaseEvents;
import org.claimrecovery.deadlines.FixedDeadline;
import org.claimrecovery.refusal.Refusal;
import org.claimrecovery.refusal.RequestRejected;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The payment watch on its own, on H2 as the demo runs it: what is owed and by when, payments short or in full,
 * and the closing with what the case recovered beyond the initial payment.
 */
class SettlementsH2Test {

  static final LocalDate SETTLED_ON = LocalDate.of(2026, 6, 5);
  static final String CONTRACT_TERM = "settlement payment: contract term, default 30 days";

  private JdbcClient jdbc;
  private ClaimRepository claims;
  private Settlements settlements;
  private boolean caseWaits = true;

  @BeforeEach
  void migrate() {
    var dataSource = new DriverManagerDataSource("jdbc:h2:mem:settlements-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
        "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    jdbc = JdbcClient.create(dataSource);
    claims = new ClaimRepository(jdbc);
    SettlementWorkflow workflow = (claimId, receivedOn, amount, reference) -> caseWaits;
    var clock = new CaseClock(Clock.fixed(Instant.parse("2026-06-20T14:00:00Z"), ZoneId.of("UTC")),
        ZoneId.of("America/New_York"));
    settlements = new Settlements(new SettlementRepository(jdbc), claims, workflow, clock);
    jdbc.sql("""
        INSERT INTO claim (id, payer_id, payer_name, claim_number, provider_npi, provider_tin, provider_name,
          plan_type, plan_state, service_state, service_category, notice_and_consent_obtained, service_date,
          submitted_on, initial_payment_received_on, initial_payment_amount, status, stage, created_by, created_at)
        VALUES ('claim-1', 'acme', 'Acme', 'SET-1', '1234567893', '123456789', 'Riverside', 'FULLY_INSURED', 'GA',
          'GA', 'EMERGENCY', FALSE, DATE '2026-04-20', DATE '2026-04-24', DATE '2026-06-01', 600.00, 'OPEN',
          'NEGOTIATION', 'test', TIMESTAMP WITH TIME ZONE '2026-04-24 10:00:00+00')
        """).update();
    jdbc.sql("""
        INSERT INTO claim_line (claim_id, line_number, service_code, billed_amount, paid_amount)
        VALUES ('claim-1', 1, '99285', 2400.00, 600.00)""").update();
  }

  @Test
  void anAgreedAmountIsOwedByItsDeadlineAndTheCaseWaitsForIt() {
    var expected = settlements.expect("claim-1", PaymentSource.NEGOTIATED_SETTLEMENT, new BigDecimal("1800.00"),
        SETTLED_ON, SETTLED_ON.plusDays(30), CONTRACT_TERM);

    assertThat(expected.dueOn()).isEqualTo(LocalDate.of(2026, 7, 5));
    assertThat(settlements.paymentDueOn("claim-1")).isEqualTo(LocalDate.of(2026, 7, 5));
    assertThat(claims.findById("claim-1").orElseThrow().stage()).isEqualTo(Stage.AWAITING_SETTLEMENT_PAYMENT);
    // a retried step finds it recorded, with the first deadline
    settlements.expect("claim-1", PaymentSource.NEGOTIATED_SETTLEMENT, new BigDecimal("1800.00"), SETTLED_ON,
        SETTLED_ON.plusDays(99), CONTRACT_TERM);
    assertThat(settlements.paymentDueOn("claim-1")).isEqualTo(LocalDate.of(2026, 7, 5));
  }

  @Test
  void paymentsShortOfTheAmountOwedAreSaidSoUntilItIsPaidInFull() {
    settlements.expect("claim-1", PaymentSource.NEGOTIATED_SETTLEMENT, new BigDecimal("1800.00"), SETTLED_ON,
        SETTLED_ON.plusDays(30), CONTRACT_TERM);

    assertThat(settlements.recordPayment("claim-1", LocalDate.of(2026, 6, 19), new BigDecimal("1000.00"), null, "api"))
        .as("short").isTrue();
    assertThat(settlements.summary("claim-1")).contains("**Owed** $1,800.00 (negotiated settlement of ",
        "**Paid so far** $1,000.00 (short of the amount owed)");
    assertThat(settlements.recordPayment("claim-1", LocalDate.of(2026, 6, 20), new BigDecimal("800.00"), null, "api"))
        .as("short").isFalse();
    assertThat(settlements.totalPaid("claim-1")).isEqualByComparingTo("1800.00");
  }

  @Test
  void whatIsStillOwedUntilPaidInFullThenWhatTheCaseRecovers() {
    settlements.expect("claim-1", PaymentSource.NEGOTIATED_SETTLEMENT, new BigDecimal("1800.00"), SETTLED_ON,
        SETTLED_ON.plusDays(30), CONTRACT_TERM);
    assertThat(settlements.standing("claim-1")).hasValueSatisfying(standing -> {
      assertThat(standing.stillOwed()).isEqualByComparingTo("1800.00");
      assertThat(standing.recoveredAmount()).isNull();
    });

    settlements.recordPayment("claim-1", LocalDate.of(2026, 6, 19), new BigDecimal("1000.00"), null, "api");
    assertThat(settlements.standing("claim-1")).hasValueSatisfying(standing -> {
      assertThat(standing.paidAmount()).isEqualByComparingTo("1000.00");
      assertThat(standing.stillOwed()).isEqualByComparingTo("800.00");
      assertThat(standing.recoveredAmount()).isNull();
    });
    // paid in full: what the case closes with, before and after the closing job
    settlements.recordPayment("claim-1", LocalDate.of(2026, 6, 20), new BigDecimal("800.00"), null, "api");
    assertThat(settlements.standing("claim-1").orElseThrow().stillOwed()).isEqualByComparingTo("0");
    assertThat(settlements.standing("claim-1").orElseThrow().recoveredAmount()).isEqualByComparingTo("1200.00");
    settlements.close("claim-1");
    assertThat(settlements.standing("claim-1").orElseThrow().recoveredAmount()).isEqualByComparingTo("1200.00");
  }

  @Test
  void closingRecordsTheOutcomeAndWhatWasRecoveredBeyondTheInitialPayment() {
    settlements.expect("claim-1", PaymentSource.NEGOTIATED_SETTLEMENT, new BigDecimal("1800.00"), SETTLED_ON,
        SETTLED_ON.plusDays(30), CONTRACT_TERM);
    settlements.recordPayment("claim-1", LocalDate.of(2026, 6, 19), new BigDecimal("1800.00"), null, "api");

    assertThat(settlements.close("claim-1")).isEqualByComparingTo("1200.00");
    var closed = claims.findById("claim-1").orElseThrow();
    assertThat(closed.status()).isEqualTo(ClaimStatus.CLOSED);
    assertThat(closed.outcome()).isEqualTo("SETTLED");
    assertThat(settlements.of("claim-1").orElseThrow().recoveredAmount()).isEqualByComparingTo("1200.00");
  }

  @Test
  void aPaymentForACaseThatWaitsForNoneIsAConflict() {
    caseWaits = false;

    assertThatThrownBy(() -> settlements.paymentReceived("claim-1", LocalDate.of(2026, 6, 19), BigDecimal.TEN, null))
        .isInstanceOfSatisfying(RequestRejected.class,
            rejected -> assertThat(rejected.refusal()).isEqualTo(Refusal.CONFLICT));
  }

  @Test
  void aSettlementMadeBeforeThePaymentWatchExistedIsOwedWithTheShippedDeadline() {
    var dataSource = new DriverManagerDataSource("jdbc:h2:mem:v6-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("5").load().migrate();
    var before = JdbcClient.create(dataSource);
    before.sql("""
        INSERT INTO claim (id, payer_id, payer_name, claim_number, provider_npi, provider_tin, provider_name,
          plan_type, plan_state, service_state, service_category, notice_and_consent_obtained, service_date,
          submitted_on, status, stage, created_by, created_at)
        VALUES ('old', 'acme', 'Acme', 'OLD-1', '1234567893', '123456789', 'Riverside', 'FULLY_INSURED', 'GA',
          'GA', 'EMERGENCY', FALSE, DATE '2026-04-20', DATE '2026-04-24', 'OPEN', 'AWAITING_SETTLEMENT_PAYMENT',
          'test', TIMESTAMP WITH TIME ZONE '2026-04-24 10:00:00+00')""").update();
    before.sql("""
        INSERT INTO negotiation (id, claim_id, status, agreed_amount, settled_on, created_at)
        VALUES ('n-old', 'old', 'SETTLED', 1500.00, DATE '2026-06-05', TIMESTAMP WITH TIME ZONE '2026-06-01 10:00:00+00')
        """).update();

    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

    var owed = new SettlementRepository(JdbcClient.create(dataSource)).find("old").orElseThrow();
    assertThat(owed.source()).isEqualTo(PaymentSource.NEGOTIATED_SETTLEMENT);
    assertThat(owed.amount()).isEqualByComparingTo("1500.00");
    assertThat(owed.dueOn()).isEqualTo(LocalDate.of(2026, 7, 5));
    // V19: the rule it was dated by, as shipped
    assertThat(owed.dueCitation()).isEqualTo(
        "the paymentDeadline of rules/negotiation.yaml (contract term, default 30 days)");
  }

  @Test
  void theSettlementPaymentIsListedAsADeadlineMetOnTheDayThePaymentsReachTheAmountOwed() {
    var deadlines = new SettlementDeadlines(settlements);
    assertThat(deadlines.fixedDeadlinesOf("claim-1")).as("nothing owed yet").isEmpty();
    settlements.expect("claim-1", PaymentSource.NEGOTIATED_SETTLEMENT, new BigDecimal("1800.00"), SETTLED_ON,
        SETTLED_ON.plusDays(30), CONTRACT_TERM);

    assertThat(deadlines.fixedDeadlinesOf("claim-1")).containsExactly(new FixedDeadline("SETTLEMENT_PAYMENT",
        "Payer pays the $1,800.00 owed under the negotiated settlement of 2026-06-05", LocalDate.of(2026, 7, 5),
        CONTRACT_TERM, "PAYER", null));
    settlements.recordPayment("claim-1", LocalDate.of(2026, 6, 19), new BigDecimal("1000.00"), null, "api");
    assertThat(deadlines.fixedDeadlinesOf("claim-1")).extracting(FixedDeadline::metOn).containsOnlyNulls();
    settlements.recordPayment("claim-1", LocalDate.of(2026, 6, 20), new BigDecimal("800.00"), null, "api");
    assertThat(deadlines.fixedDeadlinesOf("claim-1")).extracting(FixedDeadline::metOn)
        .containsExactly(LocalDate.of(2026, 6, 20));
  }

  @Test
  void anIdrAwardPaidInFullMeetsTheRuleBooksIdrPayment_PHSAct2799A_1c6() {
    settlements.expect("claim-1", PaymentSource.IDR_AWARD, new BigDecimal("2000.00"), SETTLED_ON,
        SETTLED_ON.plusDays(30), "PHS Act 2799A-1(c)(6)");

    // the rule book lists it as IDR_PAYMENT: no second line for the same payment
    assertThat(new SettlementDeadlines(settlements).fixedDeadlinesOf("claim-1")).isEmpty();
    settlements.recordPayment("claim-1", LocalDate.of(2026, 6, 15), new BigDecimal("500.00"), null, "api");
    assertThat(claims.events("claim-1")).doesNotContainKey(CaseEvents.IDR_PAYMENT_RECEIVED);
    settlements.recordPayment("claim-1", LocalDate.of(2026, 6, 18), new BigDecimal("1500.00"), null, "api");
    assertThat(claims.events("claim-1")).containsEntry(CaseEvents.IDR_PAYMENT_RECEIVED, LocalDate.of(2026, 6, 18));
  }
}
