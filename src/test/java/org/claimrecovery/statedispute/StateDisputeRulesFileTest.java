package org.claimrecovery.statedispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.rules.RulesFileRefusal.assertRefusedWith;
import static org.claimrecovery.rules.RulesFileRefusal.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimrecovery.deadlines.DeadlineRule;
import org.claimrecovery.deadlines.DeadlineRuleBook;
import org.claimrecovery.statedispute.StateDisputeRules.StateProcess;
import org.junit.jupiter.api.Test;

/**
 * rules/state-disputes.yaml: the shipped file loads with the four states whose filing deadlines deadline-rules.yaml
 * ships; a broken one is refused naming the file, the field path and every problem.
 */
class StateDisputeRulesFileTest {

  private static final Map<String, Set<String>> CODES = Map.of("TX", Set.of("TX_ARBITRATION_REQUEST"),
      "NJ", Set.of("NJ_NEGOTIATION_PERIOD", "NJ_ARBITRATION_REQUEST"));

  @Test
  void shippedFileNamesTheFourStatesWithTheirFilingDeadlinesBodiesAndTimes() {
    StateDisputeRules shipped = shipped();

    assertThat(shipped.stateDisputes()).extracting(StateProcess::state).containsExactly("TX", "NY", "NJ", "CA");
    assertThat(shipped.stateDisputes()).extracting(StateProcess::filingDeadline).containsExactly(
        "TX_ARBITRATION_REQUEST", "NY_IDR_FILING", "NJ_ARBITRATION_REQUEST", "CA_PLAN_DISPUTE_FILING");
    assertThat(shipped.stateDisputes()).allSatisfy(entry -> {
      assertThat(entry.body().name()).isNotBlank();
      assertThat(entry.citation()).isNotBlank();
      assertThat(entry.note()).contains("not verified");
    });
    StateProcess texas = shipped.of("TX", LocalDate.of(2026, 6, 1)).orElseThrow();
    assertThat(texas.name()).isEqualTo("Mediation/arbitration under Tex. Ins. Code ch. 1467");
    assertThat(texas.ownStep().calendarDays()).isEqualTo(30);
    StateProcess newJersey = shipped.of("NJ", LocalDate.of(2026, 6, 1)).orElseThrow();
    assertThat(newJersey.ownStep()).isNull();
    assertThat(newJersey.paymentCalendarDays()).isEqualTo(20);
  }

  @Test
  void aStateWithoutAnEntryOrBeforeItsEntryHasNoStateDispute() {
    StateDisputeRules shipped = shipped();

    assertThat(shipped.of("FL", LocalDate.of(2026, 6, 1))).isEmpty();
    // New Jersey's entry follows the 2022 amendment: an earlier case has none
    assertThat(shipped.of("NJ", LocalDate.of(2021, 6, 1))).isEmpty();
  }

  private static final String TEXAS = """
        stateDisputes:
          - state: TX
            effectiveFrom: 2020-01-01
            name: Texas arbitration
            filingDeadline: %s
            body: {name: TDI, where: %s, channel: REVIEW_PORTAL}
            ownStep: {name: teleconference, calendarDays: %d}
            decisionCalendarDays: 30
            paymentCalendarDays: 30
            citation: Tex. Ins. Code ch. 1467
        """;

  @Test
  void aFilingDeadlineOfAnotherStateAndARepeatedEntryAreRefusedTogether() {
    String twice = TEXAS.formatted("NJ_ARBITRATION_REQUEST", "portal", 30)
        + TEXAS.formatted("TX_ARBITRATION_REQUEST", "portal", 30).replace("stateDisputes:\n", "");
    assertRefusedWith(() -> StateDisputeRules.load(yaml(twice), "rules/state-disputes.yaml", CODES), """
        rules/state-disputes.yaml: stateDisputes[0].filingDeadline: NJ_ARBITRATION_REQUEST is not a deadline of TX's law in deadline-rules.yaml
        rules/state-disputes.yaml: stateDisputes[1]: a second entry for TX from 2020-01-01; a setting never changes in place, add an entry with a later effectiveFrom
        """);
  }

  @Test
  void aBodyWithoutWhereAndAnOwnStepOfNoDaysAreRefusedTogether() {
    assertRefusedWith(() -> StateDisputeRules.load(yaml(TEXAS.formatted("TX_ARBITRATION_REQUEST", "\"\"", 0)),
        "rules/state-disputes.yaml", CODES), """
        rules/state-disputes.yaml: stateDisputes[0].body.where: must not be blank
        rules/state-disputes.yaml: stateDisputes[0].ownStep.calendarDays: must be greater than 0
        """);
  }

  static StateDisputeRules shipped() {
    DeadlineRuleBook deadlines;
    try (InputStream yaml = resource(DeadlineRuleBook.DEFAULT_RESOURCE)) {
      deadlines = DeadlineRuleBook.load(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Set<String>> codes = deadlines.rules().stream().filter(rule -> rule.jurisdiction() != null)
        .collect(Collectors.groupingBy(DeadlineRule::jurisdiction,
            Collectors.mapping(DeadlineRule::code, Collectors.toSet())));
    try (InputStream yaml = resource(StateDisputeRules.DEFAULT_RESOURCE)) {
      return StateDisputeRules.load(yaml, StateDisputeRules.DEFAULT_RESOURCE, codes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = StateDisputeRulesFileTest.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("Missing classpath resource " + name));
    }
    return in;
  }
}
