package org.claimrecovery.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.claimrecovery.pathway.Pathway;
import org.junit.jupiter.api.Test;

class NegotiationPayerRulesTest {

  static PayerNegotiationRules rules(String yaml) {
    return PayerNegotiationRules.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  static final PayerNegotiationRules WITH_OVERRIDE = rules("""
      negotiationWindows:
        - effectiveFrom: 2020-01-01
          calendarDays: 30
          why: default
        - payerId: acme
          effectiveFrom: 2027-01-01
          calendarDays: 45
          why: Acme agreement 2027, 7.2
      appealEscalation:
        marginCalendarDays: 30
        why: time to file the appeal
      stateProcessEscalations:
        - state: TX
          deadline: TX_ARBITRATION_REQUEST
          marginCalendarDays: 10
          why: time to file the arbitration request
      """);

  @Test
  void theShippedRulesDefaultTo30DaysAndAMarginOf30Days() throws Exception {
    try (var in = getClass().getResourceAsStream("/rules/payers.yaml")) {
      var shipped = PayerNegotiationRules.load(in);
      assertThat(shipped.windowFor("anyone", LocalDate.of(2026, 6, 2)).calendarDays()).isEqualTo(30);
      assertThat(shipped.appealEscalation().marginCalendarDays()).isEqualTo(30);
      // every specified state law of rules/classification.yaml can negotiate before its process
      for (String state : java.util.List.of("TX", "NY", "NJ", "CA")) {
        assertThat(shipped.filingBound(Pathway.STATE_PROCESS, state)).as(state).isPresent();
      }
    }
  }

  @Test
  void theWindowEndIsThePayerWindowUnlessTheFilingBoundComesFirst() {
    LocalDate start = LocalDate.of(2026, 6, 2);
    var appeal = WITH_OVERRIDE.filingBound(Pathway.APPEAL, null).orElseThrow();
    assertThat(appeal.deadline()).isEqualTo("INTERNAL_APPEAL_FILING");
    // the payer's window ends first: 2026-07-02 < 2026-11-24 - 30
    assertThat(WITH_OVERRIDE.windowEnd("other", start, appeal.lastDay(LocalDate.of(2026, 11, 24))))
        .isEqualTo("2026-07-02");
    // the appeal bound comes first: 2026-07-20 - 30 = 2026-06-20 < 2026-07-02
    assertThat(appeal.lastDay(LocalDate.of(2026, 7, 20))).isEqualTo("2026-06-20");
    assertThat(WITH_OVERRIDE.windowEnd("other", start, appeal.lastDay(LocalDate.of(2026, 7, 20))))
        .isEqualTo("2026-06-20");
  }

  @Test
  void aStateProcessIsBoundedByItsOwnDeadlineAndOnlyWhereConfigured() {
    var texas = WITH_OVERRIDE.filingBound(Pathway.STATE_PROCESS, "TX").orElseThrow();
    assertThat(texas.deadline()).isEqualTo("TX_ARBITRATION_REQUEST");
    assertThat(texas.lastDay(LocalDate.of(2026, 8, 30))).isEqualTo("2026-08-20");
    assertThat(WITH_OVERRIDE.filingBound(Pathway.STATE_PROCESS, "NY")).isEmpty();
    // federal IDR has its statutory period: no filing bound
    assertThat(WITH_OVERRIDE.filingBound(Pathway.FEDERAL_IDR, null)).isEmpty();
  }

  @Test
  void aStateEntryWithoutADeadlineOrTwiceForOneStateIsRefused() {
    assertThatThrownBy(() -> rules("""
        negotiationWindows: [{effectiveFrom: 2020-01-01, calendarDays: 30, why: x}]
        appealEscalation: {marginCalendarDays: 30, why: x}
        stateProcessEscalations: [{state: TX, marginCalendarDays: 10, why: x}]
        """)).hasMessageContaining("stateProcessEscalations[0].deadline: must not be blank");
    assertThatThrownBy(() -> rules("""
        negotiationWindows: [{effectiveFrom: 2020-01-01, calendarDays: 30, why: x}]
        appealEscalation: {marginCalendarDays: 30, why: x}
        stateProcessEscalations:
          - {state: TX, deadline: TX_ARBITRATION_REQUEST, marginCalendarDays: 10, why: x}
          - {state: TX, deadline: TX_ARBITRATION_REQUEST, marginCalendarDays: 5, why: y}
        """)).hasMessageContaining("one state");
  }

  @Test
  void aPayerOverrideAppliesFromItsEffectiveDate() {
    assertThat(WITH_OVERRIDE.windowFor("acme", LocalDate.of(2026, 12, 31)).calendarDays()).isEqualTo(30);
    assertThat(WITH_OVERRIDE.windowFor("acme", LocalDate.of(2027, 1, 1)).calendarDays()).isEqualTo(45);
    assertThat(WITH_OVERRIDE.windowFor("other", LocalDate.of(2027, 1, 1)).calendarDays()).isEqualTo(30);
  }

  @Test
  void rulesWithoutADefaultOrAReasonAreRefused() {
    assertThatThrownBy(() -> rules("""
        negotiationWindows:
          - payerId: acme
            effectiveFrom: 2020-01-01
            calendarDays: 30
            why: only acme
        appealEscalation: {marginCalendarDays: 30, why: x}
        """)).hasMessageContaining("default");
    assertThatThrownBy(() -> rules("""
        negotiationWindows:
          - effectiveFrom: 2020-01-01
            calendarDays: 30
        appealEscalation: {marginCalendarDays: 30, why: x}
        """)).hasMessageContaining("why");
  }
}
