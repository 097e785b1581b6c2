package org.claimrecovery.negotiation;

import static org.claimrecovery.rules.RulesFileRefusal.assertRefusedWith;
import static org.claimrecovery.rules.RulesFileRefusal.yaml;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How a broken rules/payers.yaml is reported: the file, the field path, every problem at once. */
class PayerRulesFileTest {

  private static final String DEFAULTS = """
      negotiationWindows: [{effectiveFrom: 2020-01-01, calendarDays: 30, why: house default}]
      appealEscalation: {marginCalendarDays: 30, why: time to file the appeal}
      """;

  static Stream<Arguments> brokenFiles() {
    return Stream.of(
        arguments("negative margin", DEFAULTS + """
            stateProcessEscalations:
              - {state: TX, deadline: TX_ARBITRATION_REQUEST, marginCalendarDays: 10, why: w}
              - {state: NY, deadline: NY_IDR_FILING, marginCalendarDays: 30, why: w}
              - {state: NJ, deadline: NJ_NEGOTIATION_PERIOD, marginCalendarDays: -1, why: w}
            """, """
            rules/payers.yaml: stateProcessEscalations[2].marginCalendarDays: must not be negative
            """),
        arguments("two windows of one payer on one day", """
            negotiationWindows:
              - {effectiveFrom: 2020-01-01, calendarDays: 30, why: house default}
              - {payerId: acme, effectiveFrom: 2027-01-01, calendarDays: 45, why: Acme agreement 7.2}
              - {payerId: acme, effectiveFrom: 2027-01-01, calendarDays: 60, why: Acme agreement 7.3}
            appealEscalation: {marginCalendarDays: 30, why: w}
            """, """
            rules/payers.yaml: negotiationWindows[2]: a second window of payer acme from 2027-01-01, first at negotiationWindows[1]; a setting never changes in place, add an entry with a later effectiveFrom
            """),
        arguments("two channels of one payer on one day", DEFAULTS + """
            correspondenceChannels:
              - {payerId: acme, effectiveFrom: 2026-01-01, channel: MAIL, why: x}
              - {payerId: acme, effectiveFrom: 2026-01-01, channel: EMAIL, why: y}
            """, """
            rules/payers.yaml: correspondenceChannels[1]: a second channel of payer acme from 2026-01-01, first at correspondenceChannels[0]; …
            """),
        arguments("no default window, two entries for one state", """
            negotiationWindows: [{payerId: acme, effectiveFrom: 2020-01-01, calendarDays: 30, why: only acme}]
            appealEscalation: {marginCalendarDays: 30, why: w}
            stateProcessEscalations:
              - {state: TX, deadline: TX_ARBITRATION_REQUEST, marginCalendarDays: 10, why: w}
              - {state: TX, deadline: TX_ARBITRATION_REQUEST, marginCalendarDays: 5, why: w}
            """, """
            rules/payers.yaml: negotiationWindows: needs a default entry (no payerId)
            rules/payers.yaml: stateProcessEscalations[1]: a second entry for one state, TX, first at stateProcessEscalations[0]
            """),
        arguments("unknown channel", DEFAULTS + """
            correspondenceChannels:
              - {payerId: acme, effectiveFrom: 2026-01-01, channel: TELEX, why: x}
            """, """
            rules/payers.yaml: correspondenceChannels[0].channel: unknown value 'TELEX', expected one of EMAIL, MAIL, FAX, IDR_PORTAL, REVIEW_PORTAL, PHONE, API
            """),
        arguments("every problem of a channel entry at once", DEFAULTS + """
            correspondenceChannels:
              - {effectiveFrom: 2026-01-01, channel: FAX, recipient: " "}
              - {payerId: acme, effectiveFrom: 2026-01-01, channel: EMAIL, recipient: PO Box 1, why: x}
              - {payerId: phoner, effectiveFrom: 2026-01-01, channel: PHONE, why: x}
            """, """
            rules/payers.yaml: correspondenceChannels[0]: a FAX channel needs the fax number as recipient
            rules/payers.yaml: correspondenceChannels[0].payerId: must not be blank
            rules/payers.yaml: correspondenceChannels[0].why: must not be blank
            rules/payers.yaml: correspondenceChannels[1]: an EMAIL recipient must be an e-mail address
            rules/payers.yaml: correspondenceChannels[2]: channel must be EMAIL, MAIL, FAX or IDR_PORTAL: PHONE and API carry no letters
            """),
        arguments("misspelt properties, all at once", """
            negotiationWindows: [{effectiveFrom: 2020-01-01, calendarDays: 30, reason: house default}]
            appealEscalation: {marginDays: 30, why: w}
            """, """
            rules/payers.yaml: appealEscalation.marginDays: unknown property (known: marginCalendarDays, why)
            rules/payers.yaml: negotiationWindows[0].reason: unknown property (known: calendarDays, effectiveFrom, payerId, why)
            rules/payers.yaml: negotiationWindows[0].why: must not be blank
            """),
        arguments("state named in full, window of no days, no appeal margin", """
            negotiationWindows: [{effectiveFrom: 2020-01-01, calendarDays: 0, why: w}]
            stateProcessEscalations: [{state: Texas, deadline: TX_ARBITRATION_REQUEST, marginCalendarDays: 10, why: w}]
            """, """
            rules/payers.yaml: appealEscalation: must not be null
            rules/payers.yaml: negotiationWindows[0].calendarDays: must be greater than 0
            rules/payers.yaml: stateProcessEscalations[0].state: must be a two-letter state code
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void brokenPayerRulesAreRefusedNamingFileAndField(String problem, String file, String expected) {
    assertRefusedWith(() -> PayerNegotiationRules.load(yaml(file)), expected);
  }
}
