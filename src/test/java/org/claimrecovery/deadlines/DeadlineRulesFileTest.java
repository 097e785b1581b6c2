package org.claimrecovery.deadlines;

import static org.claimrecovery.rules.RulesFileRefusal.assertRefusedWith;
import static org.claimrecovery.rules.RulesFileRefusal.yaml;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How a broken rules/deadline-rules.yaml is reported: the file, the field path, every problem at once. */
class DeadlineRulesFileTest {

  private static final String RULE_SET = """
      ruleSets:
        - {id: FEDERAL_IDR_2022, title: t, citation: c, effectiveFrom: 2022-01-01, effectiveTo: 2026-08-02}
      """;

  static Stream<Arguments> brokenFiles() {
    return Stream.of(
        arguments("missing citation", RULE_SET + """
            rules:
              - {code: X, title: t, startsOn: IDR_INITIATED, length: 1, unit: CALENDAR_DAYS, binds: PROVIDER,
                 effectiveFrom: 2022-01-01}
            """, """
            rules/deadline-rules.yaml: rules[0].citation: must not be blank
            """),
        arguments("misspelt property, so the real one is missing", RULE_SET + """
            rules:
              - {code: X, title: t, startOn: IDR_INITIATED, length: 1, unit: CALENDAR_DAYS, binds: PROVIDER,
                 effectiveFrom: 2022-01-01, citation: c}
            """, """
            rules/deadline-rules.yaml: rules[0].startOn: unknown property (known: awaitsProvision, billedAs, binds, citation, …
            rules/deadline-rules.yaml: rules[0].startsOn: must not be blank
            """),
        arguments("wrong type", RULE_SET + """
            rules:
              - {code: X, title: t, startsOn: IDR_INITIATED, length: ten, unit: CALENDAR_DAYS, binds: PROVIDER,
                 effectiveFrom: 2022-01-01, citation: c}
            """, """
            rules/deadline-rules.yaml: rules[0].length: 'ten' is not a number
            """),
        arguments("no such date", RULE_SET + """
            rules:
              - {code: X, title: t, startsOn: IDR_INITIATED, length: 1, unit: CALENDAR_DAYS, binds: PROVIDER,
                 effectiveFrom: 2022-02-30, citation: c}
            """, """
            rules/deadline-rules.yaml: rules[0].effectiveFrom: '2022-02-30' is not a date (YYYY-MM-DD)
            """),
        arguments("unknown pathway", RULE_SET + """
            rules:
              - {code: X, title: t, pathways: [APPEAL, FEDERAL], startsOn: IDR_INITIATED, length: 1,
                 unit: CALENDAR_DAYS, binds: PROVIDER, effectiveFrom: 2022-01-01, citation: c}
            """, """
            rules/deadline-rules.yaml: rules[0].pathways[1]: unknown value 'FEDERAL', expected one of FEDERAL_IDR, STATE_PROCESS, APPEAL, PUBLIC_PROGRAM
            """),
        arguments("negative escalation margin", RULE_SET + """
            escalationBusinessDays: -1
            rules: []
            """, """
            rules/deadline-rules.yaml: escalationBusinessDays: must not be negative
            """),
        arguments("every problem of every rule at once, in path order", RULE_SET + """
            rules:
              - {code: A, title: t, startsOn: IDR_INITIATED, length: 1, unit: CALENDAR_DAYS, binds: PROVIDER,
                 effectiveFrom: 2022-01-01, citation: c}
              - {code: B, startsOn: IDR_INITIATED, length: 0, binds: PROVIDER, effectiveFrom: 2022-01-01, citation: c}
              - {code: C, title: t, startsOn: IDR_INITIATED, length: 1, unit: CALENDAR_DAYS, binds: NOBODY,
                 jurisdiction: Texas, effectiveFrom: 2022-01-01, effectiveTo: 2021-12-31, citation: c}
            """, """
            rules/deadline-rules.yaml: rules[1].length: must be greater than 0
            rules/deadline-rules.yaml: rules[1].title: must not be blank
            rules/deadline-rules.yaml: rules[1].unit: must be BUSINESS_DAYS, CALENDAR_DAYS or MONTHS
            rules/deadline-rules.yaml: rules[2]: effectiveTo must not be before effectiveFrom
            rules/deadline-rules.yaml: rules[2].binds: must be one of PROVIDER|PAYER|BOTH|IDR_ENTITY|DEPARTMENTS|IRO|INITIATING_PARTY|CLAIMANT
            rules/deadline-rules.yaml: rules[2].jurisdiction: must be a two-letter state code
            """),
        arguments("next-day counting on calendar days", RULE_SET + """
            rules:
              - {code: X, title: t, startsOn: IDR_INITIATED, startsNextDay: true, length: 1, unit: CALENDAR_DAYS,
                 binds: PROVIDER, effectiveFrom: 2022-01-01, citation: c}
            """, """
            rules/deadline-rules.yaml: rules[0]: startsNextDay only applies to BUSINESS_DAYS
            """),
        arguments("rule set without citation", """
            ruleSets:
              - {id: FEDERAL_IDR_2022, title: t, effectiveFrom: 2022-01-01}
            rules: []
            """, """
            rules/deadline-rules.yaml: ruleSets[0].citation: must not be blank
            """),
        arguments("references across rules, all at once", RULE_SET + """
            rules:
              - {code: A, title: t, ruleSets: [FEDERAL_IDR_1999], startsOn: "DEADLINE:B", length: 1,
                 unit: CALENDAR_DAYS, binds: PROVIDER, metBy: PAID, effectiveFrom: 2022-01-01, citation: c}
              - {code: B, title: t, startsOn: "DEADLINE:A", length: 1, unit: CALENDAR_DAYS, binds: PROVIDER,
                 effectiveFrom: 2022-01-01, citation: c}
            """, """
            rules/deadline-rules.yaml: rules[0].metBy: unknown case event PAID
            rules/deadline-rules.yaml: rules[0].ruleSets: unknown ruleSet FEDERAL_IDR_1999 (known: [FEDERAL_IDR_2022])
            rules/deadline-rules.yaml: rules[0].startsOn: forms a cycle A -> B -> A
            """),
        arguments("versions of one code that govern the same plan type on the same days; an unknown provision",
            RULE_SET + """
            provisions:
              - {id: PORTAL, title: t, citation: c}
            rules:
              - {code: A, title: t, planTypes: [FEHB], startsOn: IDR_INITIATED, length: 1, unit: CALENDAR_DAYS,
                 binds: PROVIDER, effectiveFrom: 2022-01-01, citation: c}
              - {code: A, title: t, planTypes: [CHURCH_PLAN], startsOn: IDR_INITIATED, length: 2,
                 unit: CALENDAR_DAYS, binds: PROVIDER, effectiveFrom: 2022-01-01, citation: c}
              - {code: A, title: t, planTypes: [CHURCH_PLAN, FEHB], startsOn: IDR_INITIATED, length: 3,
                 unit: CALENDAR_DAYS, binds: PROVIDER, effectiveFrom: 2025-01-01, citation: c,
                 awaitsProvision: PORTAL_READY}
            """, """
            rules/deadline-rules.yaml: rules[2]: another version of A (rules[0]) governs the same cases on overlapping effective dates
            rules/deadline-rules.yaml: rules[2]: another version of A (rules[1]) governs the same cases on overlapping effective dates
            rules/deadline-rules.yaml: rules[2].awaitsProvision: unknown provision PORTAL_READY (known: [PORTAL])
            """),
        arguments("a key given twice", RULE_SET + """
            rules:
              - code: X
                code: Y
            """, """
            rules/deadline-rules.yaml: rules[0].code: Duplicate field 'code' (line 5, column 9)
            """),
        arguments("empty file", "", """
            rules/deadline-rules.yaml: rules: must not be null
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void aBrokenRuleBookIsRefusedNamingFileAndField(String problem, String file, String expected) {
    assertRefusedWith(() -> DeadlineRuleBook.load(yaml(file)), expected);
  }
}
