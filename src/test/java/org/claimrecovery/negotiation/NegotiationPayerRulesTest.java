package org.claimrecovery.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
      """);

  @Test
  void theShippedRulesDefaultTo30DaysAndAMarginOf30Days() throws Exception {
    try (var in = getClass().getResourceAsStream("/rules/payers.yaml")) {
      var shipped = PayerNegotiationRules.load(in);
      assertThat(shipped.windowFor("anyone", LocalDate.of(2026, 6, 2)).calendarDays()).isEqualTo(30);
      assertThat(shipped.appealEscalation().marginCalendarDays()).isEqualTo(30);
    }
  }

  @Test
  void theWindowEndIsThePayerWindowUnlessTheAppealBoundComesFirst() {
    LocalDate start = LocalDate.of(2026, 6, 2);
    // the payer's window ends first: 2026-07-02 < 2026-11-24 - 30
    assertThat(WITH_OVERRIDE.windowEnd("other", start, LocalDate.of(2026, 11, 24))).isEqualTo("2026-07-02");
    // the appeal bound comes first: 2026-07-20 - 30 = 2026-06-20 < 2026-07-02
    assertThat(WITH_OVERRIDE.windowEnd("other", start, LocalDate.of(2026, 7, 20))).isEqualTo("2026-06-20");
    assertThat(WITH_OVERRIDE.appealBound(LocalDate.of(2026, 7, 20))).isEqualTo("2026-06-20");
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
