package org.claimrecovery.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.claimrecovery.pathway.Pathway;
import org.claimrecovery.pathway.PlanType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DeadlineRuleBookTest {

  private static final DeadlineRuleBook RULE_BOOK = RuleBooks.shipped();

  /**
   * Every row of domain brief §3 plus the 2026 operations rule, the programme routes and the state rules, as the
   * version that governs a claim of the plan type on 2026-09-01.
   */
  @ParameterizedTest(name = "{6}: {0} ({2}) = {4} {5} from {3}, binds {7}")
  @CsvSource(delimiter = '|', textBlock = """
            PAYER_INITIAL_PAYMENT                | FEDERAL_IDR STATE_PROCESS | FULLY_INSURED      | CLAIM_RECEIVED_BY_PAYER               |  30 | CALENDAR_DAYS | PHS Act 2799A-1(a)(1)(C)(iv)       | PAYER
            ERISA_CLAIM_DECISION                 | APPEAL         | SELF_FUNDED_ERISA  | CLAIM_RECEIVED_BY_PAYER               |  30 | CALENDAR_DAYS | 29 CFR 2560.503-1(f)(2)(iii)(B)    | PAYER
            ERISA_CLAIM_DECISION                 | APPEAL         | FULLY_INSURED      | CLAIM_RECEIVED_BY_PAYER               |  30 | CALENDAR_DAYS | 29 CFR 2560.503-1(f)(2)(iii)(B)    | PAYER
            CA_PROMPT_PAYMENT                    | APPEAL         | FULLY_INSURED      | CLAIM_RECEIVED_BY_PAYER               |  30 | BUSINESS_DAYS | Cal. Health & Safety Code § 1371.35(a) | PAYER
            CA_PROMPT_PAYMENT                    | APPEAL         | INDIVIDUAL_MARKET  | CLAIM_RECEIVED_BY_PAYER               |  30 | BUSINESS_DAYS | Cal. Health & Safety Code § 1371.35(a) | PAYER
            OPEN_NEGOTIATION_INITIATION          | FEDERAL_IDR    | FULLY_INSURED      | INITIAL_PAYMENT_OR_DENIAL_RECEIVED    |  30 | BUSINESS_DAYS | 45 CFR 149.510(b)(1)(i)            | PROVIDER
            OPEN_NEGOTIATION_PERIOD_END          | FEDERAL_IDR    | FULLY_INSURED      | OPEN_NEGOTIATION_STARTED              |  30 | BUSINESS_DAYS | 45 CFR 149.510(b)(1)(ii)           | BOTH
            IDR_INITIATION                       | FEDERAL_IDR    | FULLY_INSURED      | DEADLINE:OPEN_NEGOTIATION_PERIOD_END  |   4 | BUSINESS_DAYS | 45 CFR 149.510(b)(2)(i)            | BOTH
            IDRE_SELECTION                       | FEDERAL_IDR    | FULLY_INSURED      | IDR_INITIATED                         |   3 | BUSINESS_DAYS | 45 CFR 149.510(c)(1)               | BOTH
            IDRE_DEPARTMENT_SELECTION            | FEDERAL_IDR    | FULLY_INSURED      | IDR_INITIATED                         |   6 | BUSINESS_DAYS | 45 CFR 149.510(c)(1)(ii)           | DEPARTMENTS
            IDR_OFFER_SUBMISSION                 | FEDERAL_IDR    | FULLY_INSURED      | IDR_ENTITY_SELECTED                   |  10 | BUSINESS_DAYS | 45 CFR 149.510(c)(2)(i)            | BOTH
            IDR_DETERMINATION                    | FEDERAL_IDR    | FULLY_INSURED      | IDR_ENTITY_SELECTED                   |  30 | BUSINESS_DAYS | 45 CFR 149.510(c)(4)(i)            | IDR_ENTITY
            IDR_PAYMENT                          | FEDERAL_IDR    | FULLY_INSURED      | IDR_DETERMINATION_MADE                |  30 | CALENDAR_DAYS | PHS Act 2799A-1(c)(6)              | PAYER
            IDR_SETTLEMENT_NOTICE                | FEDERAL_IDR    | FULLY_INSURED      | IDR_SETTLEMENT_AGREED                 |   3 | BUSINESS_DAYS | 45 CFR 149.510(c)(2)(ii)           | INITIATING_PARTY
            COOLING_OFF_END                      | FEDERAL_IDR    | FULLY_INSURED      | IDR_DETERMINATION_MADE                |  90 | CALENDAR_DAYS | 45 CFR 149.510(c)(4)(vi)           | INITIATING_PARTY
            COOLING_OFF_INITIATION               | FEDERAL_IDR    | FULLY_INSURED      | COOLING_OFF_ENDED                     |  30 | BUSINESS_DAYS | 45 CFR 149.510(c)(4)(vi)           | INITIATING_PARTY
            OPEN_NEGOTIATION_RESPONSE            | FEDERAL_IDR    | FULLY_INSURED      | OPEN_NEGOTIATION_STARTED              |  15 | BUSINESS_DAYS | CMS-9897-F                         | PAYER
            OPEN_NEGOTIATION_RESPONSE_BY_PROVIDER| FEDERAL_IDR    | FULLY_INSURED      | OPEN_NEGOTIATION_NOTICE_RECEIVED      |  15 | BUSINESS_DAYS | CMS-9897-F                         | PROVIDER
            IDR_INITIATION_RESPONSE              | FEDERAL_IDR    | FULLY_INSURED      | IDR_INITIATED                         |   3 | BUSINESS_DAYS | CMS-9897-F                         | PAYER
            IDRE_ELIGIBILITY_REVIEW              | FEDERAL_IDR    | FULLY_INSURED      | IDR_ENTITY_SELECTED                   |   5 | BUSINESS_DAYS | CMS-9897-F                         | IDR_ENTITY
            INTERNAL_APPEAL_FILING               | APPEAL         | SELF_FUNDED_ERISA  | INITIAL_PAYMENT_OR_DENIAL_RECEIVED    | 180 | CALENDAR_DAYS | 29 CFR 2560.503-1(h)(3)(i)         | PROVIDER
            INTERNAL_APPEAL_FILING               | APPEAL         | NON_FEDERAL_GOVERNMENTAL | INITIAL_PAYMENT_OR_DENIAL_RECEIVED | 180 | CALENDAR_DAYS | 45 CFR 147.136(b)(2)(i)      | PROVIDER
            INTERNAL_APPEAL_FILING               | APPEAL         | INDIVIDUAL_MARKET  | INITIAL_PAYMENT_OR_DENIAL_RECEIVED    | 180 | CALENDAR_DAYS | 45 CFR 147.136(b)(3)(i)            | PROVIDER
            INTERNAL_APPEAL_FILING               | APPEAL         | CHURCH_PLAN        | INITIAL_PAYMENT_OR_DENIAL_RECEIVED    | 180 | CALENDAR_DAYS | 26 CFR 54.9815-2719(b)(2)(i)       | PROVIDER
            INTERNAL_APPEAL_FILING               | APPEAL         | FEHB               | INITIAL_PAYMENT_OR_DENIAL_RECEIVED    |   6 | MONTHS        | 5 CFR 890.105(b)(1)                | PROVIDER
            APPEAL_DECISION                      | APPEAL         | SELF_FUNDED_ERISA  | APPEAL_RECEIVED_BY_PAYER              |  60 | CALENDAR_DAYS | 29 CFR 2560.503-1(i)(2)(iii)       | PAYER
            APPEAL_DECISION                      | APPEAL         | FEHB               | APPEAL_RECEIVED_BY_PAYER              |  30 | CALENDAR_DAYS | 5 CFR 890.105(b)(2)                | PAYER
            EXTERNAL_REVIEW_REQUEST              | APPEAL         | SELF_FUNDED_ERISA  | FINAL_INTERNAL_DETERMINATION_RECEIVED |   4 | MONTHS        | 29 CFR 2590.715-2719(d)(2)(i)      | CLAIMANT
            EXTERNAL_REVIEW_REQUEST              | APPEAL         | INDIVIDUAL_MARKET  | FINAL_INTERNAL_DETERMINATION_RECEIVED |   4 | MONTHS        | 45 CFR 147.136(d)(2)(i)            | CLAIMANT
            EXTERNAL_REVIEW_REQUEST              | APPEAL         | FEHB               | FINAL_INTERNAL_DETERMINATION_RECEIVED |  90 | CALENDAR_DAYS | 5 CFR 890.105(e)(1)                | CLAIMANT
            EXTERNAL_REVIEW_DECISION             | APPEAL         | INDIVIDUAL_MARKET  | EXTERNAL_REVIEW_REQUESTED             |  45 | CALENDAR_DAYS | 45 CFR 147.136(d)(2)               | IRO
            MA_RECONSIDERATION_REQUEST           | PUBLIC_PROGRAM | MEDICARE_ADVANTAGE | INITIAL_PAYMENT_OR_DENIAL_RECEIVED    |  65 | CALENDAR_DAYS | 42 CFR 422.582(b)                  | PROVIDER
            MA_RECONSIDERATION_DECISION          | PUBLIC_PROGRAM | MEDICARE_ADVANTAGE | APPEAL_RECEIVED_BY_PAYER              |  60 | CALENDAR_DAYS | 42 CFR 422.590(b)                  | PAYER
            TX_ARBITRATION_REQUEST               | STATE_PROCESS  | FULLY_INSURED      | INITIAL_PAYMENT_OR_DENIAL_RECEIVED    |  90 | CALENDAR_DAYS | Tex. Ins. Code § 1467.084(a)       | PROVIDER
            NY_IDR_FILING                        | STATE_PROCESS  | FULLY_INSURED      | CLAIM_RECEIVED_BY_PAYER               |  36 | MONTHS        | N.Y. Fin. Serv. Law § 601          | PROVIDER
            NJ_NEGOTIATION_PERIOD                | STATE_PROCESS  | FULLY_INSURED      | INITIAL_PAYMENT_OR_DENIAL_RECEIVED    |  60 | CALENDAR_DAYS | N.J.S.A. 26:2SS-9 as amended by P.L.2022 | PROVIDER
            NJ_ARBITRATION_REQUEST               | STATE_PROCESS  | FULLY_INSURED      | STATE_FINAL_OFFER_MADE                |  90 | CALENDAR_DAYS | N.J.S.A. 26:2SS-10 as amended by P.L.2022 | PROVIDER
            CA_PLAN_DISPUTE_FILING               | STATE_PROCESS  | FULLY_INSURED      | CLAIM_RECEIVED_BY_PAYER               | 365 | CALENDAR_DAYS | 28 CCR 1300.71.38(d)(1)            | PROVIDER
            """)
  void shippedRuleMatchesTheBrief(String code, String pathways, PlanType planType, String startsOn, int length,
      DeadlineUnit unit, String citation, String binds) {
    var governing = RULE_BOOK.rulesWithCode(code).stream()
        .filter(rule -> rule.inForceOn(LocalDate.of(2026, 9, 1)))
        .filter(rule -> rule.planTypes().isEmpty() || rule.planTypes().contains(planType));
    assertThat(governing).singleElement().satisfies(rule -> {
      assertThat(rule.pathways()).containsExactlyInAnyOrderElementsOf(
          java.util.Arrays.stream(pathways.split(" ")).map(Pathway::valueOf).toList());
      assertThat(rule.startsOn()).isEqualTo(startsOn);
      assertThat(rule.length()).isEqualTo(length);
      assertThat(rule.unit()).isEqualTo(unit);
      assertThat(rule.citation()).startsWith(citation);
      assertThat(rule.binds()).isEqualTo(binds);
      assertThat(rule.title()).isNotBlank();
    });
  }

  @Test
  void shippedRuleBookHasExactlyTheDocumentedRules() {
    assertThat(RULE_BOOK.rules()).hasSize(44);
    assertThat(RULE_BOOK.escalationBusinessDays()).isEqualTo(5);
    assertThat(RULE_BOOK.rulesWithCode("OPEN_NEGOTIATION_RESPONSE").get(0).ruleSets())
        .containsExactly("FEDERAL_IDR_2026");
    assertThat(RULE_BOOK.rulesWithCode("IDR_INITIATION_RESPONSE").get(0).ruleSets())
        .containsExactly("FEDERAL_IDR_2026");
    assertThat(RULE_BOOK.rulesWithCode("IDR_INITIATION").get(0).ruleSets())
        .containsExactly("FEDERAL_IDR_2022", "FEDERAL_IDR_2026");
    assertThat(RULE_BOOK.rulesWithCode("TX_ARBITRATION_REQUEST").get(0).jurisdiction()).isEqualTo("TX");
    // California's prompt pay: the state's plans, a payer deadline met by the payment or denial, the HMO's 45 days
    // and ERISA's one 15-day extension said in the title, not modelled
    assertThat(RULE_BOOK.rulesWithCode("CA_PROMPT_PAYMENT")).singleElement().satisfies(rule -> {
      assertThat(rule.jurisdiction()).isEqualTo("CA");
      assertThat(rule.startsNextDay()).isTrue();
      assertThat(rule.metBy()).isEqualTo("INITIAL_PAYMENT_OR_DENIAL_RECEIVED");
      assertThat(rule.title()).contains("45 working days for an HMO");
    });
    assertThat(RULE_BOOK.rulesWithCode("ERISA_CLAIM_DECISION")).singleElement().satisfies(rule -> {
      assertThat(rule.jurisdiction()).isNull();
      assertThat(rule.metBy()).isEqualTo("INITIAL_PAYMENT_OR_DENIAL_RECEIVED");
      assertThat(rule.title()).contains("extend this once by 15 days");
    });
  }

  @ParameterizedTest(name = "CMS-9897-F effective 2026-08-03: rule set on {0} = {1}")
  @CsvSource({
      "2021-12-31, ",
      "2022-01-01, FEDERAL_IDR_2022",
      "2026-06-04, FEDERAL_IDR_2022", // published, not yet effective
      "2026-08-02, FEDERAL_IDR_2022",
      "2026-08-03, FEDERAL_IDR_2026",
      "2030-01-01, FEDERAL_IDR_2026",
  })
  void ruleSetInForce(LocalDate date, String expectedId) {
    assertThat(RULE_BOOK.ruleSetOn(date).map(RuleSet::id).orElse(null)).isEqualTo(expectedId);
  }

  @Test
  void escalationDefaultsToFiveBusinessDays() {
    DeadlineRuleBook book = RuleBooks.fromYaml("""
                rules:
                  - code: X
                    title: Do X
                    startsOn: CLAIM_RECEIVED_BY_PAYER
                    length: 1
                    unit: CALENDAR_DAYS
                    binds: PROVIDER
                    effectiveFrom: 2022-01-01
                    citation: test
                """);
    assertThat(book.escalationBusinessDays()).isEqualTo(5);
    assertThat(book.ruleSets()).isEmpty();
    assertThat(book.rules().get(0).pathways()).isEmpty();
  }

  @Test
  void versionsOfARuleMayFollowEachOther() {
    DeadlineRuleBook book = RuleBooks.fromYaml(rules("""
                  - {code: X, title: Do X, startsOn: CLAIM_RECEIVED_BY_PAYER, length: 10, unit: CALENDAR_DAYS,
                     binds: PROVIDER, effectiveFrom: 2022-01-01, effectiveTo: 2026-12-31, citation: old}
                  - {code: X, title: Do X, startsOn: CLAIM_RECEIVED_BY_PAYER, length: 20, unit: CALENDAR_DAYS,
                     binds: PROVIDER, effectiveFrom: 2027-01-01, citation: new}
                """));
    assertThat(book.rulesWithCode("X")).hasSize(2);
  }

  static Stream<Arguments> invalidRuleBooks() {
    return Stream.of(
        arguments("unknown ruleSet", """
                          - {code: BAD_SET, title: t, ruleSets: [FEDERAL_IDR_1999], startsOn: IDR_INITIATED, length: 1,
                             unit: CALENDAR_DAYS, binds: PROVIDER, effectiveFrom: 2022-01-01, citation: c}
                        """, "rules[0].ruleSets", "unknown ruleSet FEDERAL_IDR_1999"),
        arguments("missing citation", """
                          - {code: NO_SOURCE, title: t, startsOn: IDR_INITIATED, length: 1,
                             unit: CALENDAR_DAYS, binds: PROVIDER, effectiveFrom: 2022-01-01}
                        """, "rules[0].citation", "must not be blank"),
        arguments("blank citation", """
                          - {code: BLANK_SOURCE, title: t, startsOn: IDR_INITIATED, length: 1,
                             unit: CALENDAR_DAYS, binds: PROVIDER, effectiveFrom: 2022-01-01, citation: " "}
                        """, "rules[0].citation", "must not be blank"),
        arguments("cycle", """
                          - {code: A, title: t, startsOn: "DEADLINE:B", length: 1,
                             unit: CALENDAR_DAYS, binds: PROVIDER, effectiveFrom: 2022-01-01, citation: c}
                          - {code: B, title: t, startsOn: "DEADLINE:A", length: 1,
                             unit: CALENDAR_DAYS, binds: PROVIDER, effectiveFrom: 2022-01-01, citation: c}
                        """, "rules[0].startsOn", "cycle A -> B -> A"),
        arguments("self reference", """
                          - {code: SELF, title: t, startsOn: "DEADLINE:SELF", length: 1,
                             unit: CALENDAR_DAYS, binds: PROVIDER, effectiveFrom: 2022-01-01, citation: c}
                        """, "rules[0].startsOn", "cycle SELF -> SELF"),
        arguments("unknown deadline reference", """
                          - {code: DANGLING, title: t, startsOn: "DEADLINE:NOWHERE", length: 1,
                             unit: CALENDAR_DAYS, binds: PROVIDER, effectiveFrom: 2022-01-01, citation: c}
                        """, "rules[0].startsOn", "DEADLINE:NOWHERE refers to an unknown deadline"),
        arguments("zero length", """
                          - {code: ZERO, title: t, startsOn: IDR_INITIATED, length: 0,
                             unit: CALENDAR_DAYS, binds: PROVIDER, effectiveFrom: 2022-01-01, citation: c}
                        """, "rules[0].length", "must be greater than 0"),
        arguments("duplicate code, overlapping dates", """
                          - {code: TWICE, title: t, startsOn: IDR_INITIATED, length: 1,
                             unit: CALENDAR_DAYS, binds: PROVIDER, effectiveFrom: 2022-01-01, citation: c}
                          - {code: TWICE, title: t, startsOn: IDR_INITIATED, length: 2,
                             unit: CALENDAR_DAYS, binds: PROVIDER, effectiveFrom: 2026-01-01, citation: c}
                        """, "rules[1]", "overlapping effective dates"),
        arguments("misspelt event", """
                          - {code: TYPO, title: t, startsOn: IDR_INITATED, length: 1,
                             unit: CALENDAR_DAYS, binds: PROVIDER, effectiveFrom: 2022-01-01, citation: c}
                        """, "rules[0].startsOn", "unknown case event IDR_INITATED"),
        arguments("unknown party", """
                          - {code: WHO, title: t, startsOn: IDR_INITIATED, length: 1,
                             unit: CALENDAR_DAYS, binds: NOBODY, effectiveFrom: 2022-01-01, citation: c}
                        """, "rules[0].binds", "must be one of"),
        arguments("misspelt property", """
                          - {code: KEY, title: t, startOn: IDR_INITIATED, length: 1,
                             unit: CALENDAR_DAYS, binds: PROVIDER, effectiveFrom: 2022-01-01, citation: c}
                        """, "rules[0]", "startOn"));
  }

  @ParameterizedTest(name = "invalid rule book ({0}) is refused naming the rule")
  @MethodSource("invalidRuleBooks")
  void invalidRuleBookIsRefused(String problem, String ruleYaml, String names, String says) {
    assertThatThrownBy(() -> RuleBooks.fromYaml(rules(ruleYaml)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(names)
        .hasMessageContaining(says);
  }

  @Test
  void overlappingRuleSetsAreRefused() {
    assertThatThrownBy(() -> RuleBooks.fromYaml("""
                ruleSets:
                  - {id: A, title: a, citation: c, effectiveFrom: 2022-01-01}
                  - {id: B, title: b, citation: c, effectiveFrom: 2026-08-03}
                rules: []
                """))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ruleSets[1]")
        .hasMessageContaining("overlap");
  }

  @Test
  void shippedCalendarConfiguration() {
    CalendarConfig config = RuleBooks.shippedCalendar();
    assertThat(config.timeZone()).isEqualTo("America/New_York");
    assertThat(config.closures()).isEmpty();
  }

  @Test
  void calendarClosuresAreData() {
    CalendarConfig config = CalendarConfig.load(new java.io.ByteArrayInputStream("""
                closures:
                  - date: 2026-12-24
                    reason: Executive departments closed
                    citation: Executive Order (example)
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(config.timeZone()).isEqualTo(CalendarConfig.DEFAULT_TIME_ZONE);
    assertThat(config.businessCalendar().isBusinessDay(LocalDate.of(2026, 12, 24))).isFalse();
  }

  @Test
  void calendarClosureWithoutCitationIsRefused() {
    assertThatThrownBy(() -> CalendarConfig.load(new java.io.ByteArrayInputStream("""
                closures:
                  - {date: 2026-12-24, reason: Executive departments closed}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-12-24");
  }

  private static String rules(String ruleYaml) {
    return """
                ruleSets:
                  - {id: FEDERAL_IDR_2022, title: t, citation: c, effectiveFrom: 2022-01-01, effectiveTo: 2026-08-02}
                rules:
                """ + ruleYaml;
  }
}
