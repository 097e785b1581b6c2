package org.claimrecovery.remittance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimStatus;
import org.claimrecovery.claims.Stage;
import org.claimrecovery.pathway.PlanType;
import org.claimrecovery.pathway.ServiceCategory;
import org.claimrecovery.remittance.ClaimPayment.Adjustment;
import org.claimrecovery.remittance.ClaimPayment.ServicePayment;
import org.claimrecovery.remittance.ClaimPaymentDecision.Action;
import org.claimrecovery.remittance.ClaimPaymentDecision.Decision;
import org.claimrecovery.remittance.RemittanceRules.PayerEntry;
import org.junit.jupiter.api.Test;

/**
 * What a remittance's claim does: with no case, out of network and underpaid (below the QPA, else the benchmark) or
 * denied opens one; paid out of network with nothing to measure against opens one for review; fully paid, in network,
 * secondary or reversed opens none. With a case, its payment goes to what the case waits for.
 */
class ClaimPaymentDecisionTest {

  static final LocalDate SERVED = LocalDate.of(2026, 5, 12);
  static final RemittanceAdvice ADVICE = new RemittanceAdvice("TRACE-1", "1123456789", LocalDate.of(2026, 6, 5),
      new BigDecimal("400.00"), "ACH", new RemittanceAdvice.Payer("SUNSHINE HEALTH PLAN", List.of("SUNSHINE01")),
      new RemittanceAdvice.Payee("RIVERSIDE", "1234567893", "123456789", "FL"));
  static final RemittanceRules RULES = testRules();
  static final Optional<PayerEntry> SUNSHINE = RULES.payer(List.of("SUNSHINE01"), ADVICE.paymentDate());
  static final Optional<PayerEntry> QPA_PAYER = RULES.payer(List.of("QPAPAYER"), ADVICE.paymentDate());

  @Test
  void anNsaEmergencyPaidBelowTheFloridaBenchmarkOpensAnEmergencyCase() {
    var decision = decide(claim("1", "2400.00", "400.00", line("99285", "400.00", "N864")), SUNSHINE, null);
    assertThat(decision.action()).isEqualTo(Action.OPEN_CASE);
    assertThat(decision.serviceCategory()).isEqualTo(ServiceCategory.EMERGENCY);
    assertThat(decision.nsaRemarkCodes()).containsExactly("N864");
    assertThat(decision.reason()).contains("99285 paid $400.00, benchmark $1,150.00");
  }

  @Test
  void paidAtTheBenchmarkOpensNothing() {
    var decision = decide(claim("1", "2400.00", "1150.00", line("99285", "1150.00", "N864")), SUNSHINE, null);
    assertThat(decision.action()).isEqualTo(Action.SKIP);
    assertThat(decision.reason()).isEqualTo("paid at or above the QPA or benchmark of every line");
  }

  @Test
  void theQpaWhereThePayerReportsItComesBeforeTheBenchmark() {
    // 900 is below the benchmark of 1,150 but at the QPA the payer reported (AMT*ZK for this payer)
    var atQpa = line("99285", "900.00", "N864", Map.of("ZK", new BigDecimal("900.00")));
    assertThat(decide(claim("1", "2400.00", "900.00", atQpa), QPA_PAYER, null).action()).isEqualTo(Action.SKIP);
    var belowQpa = line("99285", "900.00", "N864", Map.of("ZK", new BigDecimal("950.00")));
    var decision = decide(claim("1", "2400.00", "900.00", belowQpa), QPA_PAYER, null);
    assertThat(decision.action()).isEqualTo(Action.OPEN_CASE);
    assertThat(decision.reason()).contains("99285 paid $900.00, QPA $950.00");
  }

  @Test
  void aBenchmarkForEveryStateServesWhereTheRegionHasNone() {
    // 99283 has a benchmark for every state (500), none for Florida
    var decision = decide(claim("1", "900.00", "450.00", line("99283", "450.00", "N864")), SUNSHINE, null);
    assertThat(decision.action()).isEqualTo(Action.OPEN_CASE);
    assertThat(decision.reason()).contains("benchmark $500.00 (test benchmark, emergency visit level 3, every state)");
  }

  @Test
  void aBenchmarkNotYetInForceOnTheServiceDateDoesNotCount() {
    var early = new ClaimPayment(16, "C-1", "1", new BigDecimal("2400.00"), new BigDecimal("400.00"), null, "12",
        null, null, List.of(), List.of(), List.of(new ServicePayment("HC", "99285", List.of(),
            new BigDecimal("2400.00"), new BigDecimal("400.00"), LocalDate.of(2025, 12, 31), List.of(),
            List.of("N864"), Map.of())), null, null, null);
    var decision = decide(early, SUNSHINE, null);
    assertThat(decision.action()).isEqualTo(Action.OPEN_CASE);
    assertThat(decision.reason()).startsWith("paid out of network with no QPA or benchmark for 99285 (region FL)");
  }

  @Test
  void anAirAmbulanceWithoutBenchmarkOpensACaseForAPersonToReview() {
    var decision = decide(claim("1", "3000.00", "1000.00", line("A0431", "1000.00", "N866")), SUNSHINE, null);
    assertThat(decision.action()).isEqualTo(Action.OPEN_CASE);
    assertThat(decision.serviceCategory()).isEqualTo(ServiceCategory.AIR_AMBULANCE);
    assertThat(decision.reason()).endsWith("opened for a person to review");
  }

  @Test
  void n830MarksNsaScopeWithoutNamingACategory() {
    var decision = decide(claim("4", "1800.00", "0", line("99284", "0", "N830")), SUNSHINE, null);
    assertThat(decision.action()).isEqualTo(Action.OPEN_CASE);
    assertThat(decision.serviceCategory()).isEqualTo(ServiceCategory.OTHER);
    assertThat(decision.nsaRemarkCodes()).containsExactly("N830");
  }

  @Test
  void aDenialOutOfNetworkOpensACaseWhateverTheBenchmark() {
    var decision = decide(claim("4", "1800.00", "0", line("99284", "0", "N864")), SUNSHINE, null);
    assertThat(decision.action()).isEqualTo(Action.OPEN_CASE);
    assertThat(decision.reason()).isEqualTo("denied (CLP02 4) out of network");
  }

  @Test
  void carc242MarksAClaimOutOfNetworkWithoutAnNsaRemarkCode() {
    var outOfNetwork = new ClaimPayment(16, "C-1", "1", new BigDecimal("2400.00"), new BigDecimal("400.00"), null,
        "12", null, null, List.of(new Adjustment("CO", "242", new BigDecimal("2000.00"))), List.of(),
        List.of(line("99285", "400.00", null)), null, SERVED, null);
    var decision = decide(outOfNetwork, SUNSHINE, null);
    assertThat(decision.action()).isEqualTo(Action.OPEN_CASE);
    assertThat(decision.nsaRemarkCodes()).isEmpty();
    assertThat(decision.serviceCategory()).isEqualTo(ServiceCategory.OTHER);
  }

  @Test
  void withoutAnyOutOfNetworkSignalNothingOpens() {
    var decision = decide(claim("1", "2400.00", "400.00", line("99285", "400.00", null)), SUNSHINE, null);
    assertThat(decision.action()).isEqualTo(Action.SKIP);
    assertThat(decision.reason()).startsWith("not shown as out of network");
    // a payer the provider has no contract with makes every claim out of network
    var rushmore = RULES.payer(List.of("1935665544"), LocalDate.of(2002, 3, 16));
    assertThat(decide(claim("1", "2400.00", "400.00", line("99285", "400.00", null)), rushmore, null).action())
        .isEqualTo(Action.OPEN_CASE);
  }

  @Test
  void fullyPaidSecondaryAndReversedClaimsOpenNothing() {
    assertThat(decide(claim("1", "900.00", "900.00", line("99283", "900.00", "N864")), SUNSHINE, null).reason())
        .startsWith("paid in full");
    assertThat(decide(claim("2", "2400.00", "400.00", line("99285", "400.00", "N864")), SUNSHINE, null).reason())
        .startsWith("not the primary payer's payment (CLP02 2)");
    assertThat(decide(claim("22", "2400.00", "-400.00", line("99285", "-400.00", "N864")), SUNSHINE, null).reason())
        .startsWith("a reversal");
  }

  @Test
  void aCaseWaitingForThePayerGetsItsInitialPaymentOrDenial() {
    var waiting = existing(ClaimStatus.OPEN, Stage.INTAKE, false);
    assertThat(decide(claim("1", "1650.00", "700.00", line("99284", "700.00", null)), SUNSHINE, waiting).action())
        .isEqualTo(Action.RECORD_INITIAL_PAYMENT);
    assertThat(decide(claim("4", "1650.00", "0", line("99284", "0", null)), SUNSHINE, waiting).reason())
        .contains("its denial is recorded");
  }

  @Test
  void aCaseOwedAPaymentGetsThePaymentAndOneThatWaitsForNoneGetsNothing() {
    var owed = existing(ClaimStatus.OPEN, Stage.AWAITING_SETTLEMENT_PAYMENT, true);
    var settlement = decide(claim("1", "2400.00", "1200.00", line("99285", "1200.00", null)), SUNSHINE, owed);
    assertThat(settlement.action()).isEqualTo(Action.RECORD_SETTLEMENT_PAYMENT);
    assertThat(decide(claim("1", "2400.00", "0", line("99285", "0", null)), SUNSHINE, owed).action())
        .isEqualTo(Action.SKIP);
    var reviewing = existing(ClaimStatus.OPEN, Stage.INITIAL_PAYMENT_REVIEW, true);
    assertThat(decide(claim("1", "2400.00", "400.00", line("99285", "400.00", "N864")), SUNSHINE, reviewing)
        .reason()).contains("waits for no payment now (stage INITIAL_PAYMENT_REVIEW)");
    var closed = existing(ClaimStatus.CLOSED, Stage.CLOSED, true);
    assertThat(decide(claim("1", "2400.00", "400.00", line("99285", "400.00", "N864")), SUNSHINE, closed).reason())
        .startsWith("the claim's case is closed");
  }

  private static Decision decide(ClaimPayment claim, Optional<PayerEntry> payer, Claim existing) {
    return ClaimPaymentDecision.decide(ADVICE, claim, payer, existing, RULES);
  }

  static ClaimPayment claim(String status, String billed, String paid, ServicePayment line) {
    return new ClaimPayment(16, "C-1", status, new BigDecimal(billed), new BigDecimal(paid), null, "12", "PCN-1",
        null, List.of(), List.of(), List.of(line), null, SERVED, null);
  }

  static ServicePayment line(String code, String paid, String remark) {
    return line(code, paid, remark, Map.of());
  }

  static ServicePayment line(String code, String paid, String remark, Map<String, BigDecimal> amounts) {
    return new ServicePayment("HC", code, List.of(), new BigDecimal("3000.00"), new BigDecimal(paid), SERVED,
        List.of(), remark == null ? List.of() : List.of(remark), amounts);
  }

  static Claim existing(ClaimStatus status, Stage stage, boolean paid) {
    return new Claim("case-1", "C-1", new Claim.Payer("sunshine-health", "Sunshine", null, null), null, null,
        PlanType.FULLY_INSURED, "FL", "FL", ServiceCategory.EMERGENCY, false, Claim.Circumstances.NONE_STATED, SERVED,
        SERVED, List.of(), paid ? new Claim.InitialPayment(LocalDate.of(2026, 5, 20), new BigDecimal("400.00")) : null,
        null, null, status, stage, null, status == ClaimStatus.CLOSED ? "ACCEPTED" : null, null, null, "test",
        Instant.EPOCH);
  }

  static RemittanceRules testRules() {
    try (InputStream in = ClaimPaymentDecisionTest.class.getResourceAsStream("/rules/remittance-test.yaml")) {
      return RemittanceRules.load(in, "rules/remittance-test.yaml");
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
