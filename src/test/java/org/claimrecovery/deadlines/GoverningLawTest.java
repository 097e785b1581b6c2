package org.claimrecovery.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.claimrecovery.deadlines.CaseEvents.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimrecovery.pathway.BilledAs;
import org.claimrecovery.pathway.Pathway;
import org.claimrecovery.pathway.PlanType;
import org.claimrecovery.pathway.ServiceCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A claim shows only the deadlines whose law governs it: every event of a case is dated, so every rule that could
 * apply does, and no citation may name a law that does not reach the claim's plan.
 */
class GoverningLawTest {

  private static final DeadlineCounting COUNTING =
      new DeadlineCounting(RuleBooks.shippedCalendar().businessCalendar());
  private static final DeadlineCalculator CALCULATOR = new DeadlineCalculator(RuleBooks.shipped(), COUNTING);

  /** Every event a case can record, on dates that keep every window in order. */
  private static Map<String, LocalDate> everyEvent() {
    Map<String, LocalDate> events = new HashMap<>();
    LocalDate day = LocalDate.of(2026, 9, 1);
    for (String event : CaseEvents.ALL.stream().sorted().toList()) {
      events.put(event, day);
    }
    events.put(CLAIM_RECEIVED_BY_PAYER, LocalDate.of(2026, 8, 20));
    return events;
  }

  @ParameterizedTest(name = "{0} on {1}: codes {3}; no citation of {4}")
  @CsvSource(delimiter = '|', textBlock = """
      MEDICARE_ADVANTAGE       | PUBLIC_PROGRAM | EMERGENCY | MA_RECONSIDERATION_DECISION MA_RECONSIDERATION_REQUEST | 29 CFR,45 CFR,26 CFR,5 CFR 890,PHS Act
      MEDICAID                 | PUBLIC_PROGRAM | EMERGENCY |                                                       | 29 CFR,45 CFR,26 CFR,5 CFR 890,42 CFR,PHS Act
      MEDICAID_MANAGED_CARE    | PUBLIC_PROGRAM | EMERGENCY |                                                       | 29 CFR,45 CFR,26 CFR,5 CFR 890,42 CFR,PHS Act
      MEDICARE                 | PUBLIC_PROGRAM | EMERGENCY |                                                       | 29 CFR,45 CFR,26 CFR,5 CFR 890,42 CFR,PHS Act
      OTHER_PUBLIC_PROGRAM     | PUBLIC_PROGRAM | EMERGENCY |                                                       | 29 CFR,45 CFR,26 CFR,5 CFR 890,42 CFR,PHS Act
      FEHB                     | APPEAL         | OTHER     | APPEAL_DECISION EXTERNAL_REVIEW_REQUEST INTERNAL_APPEAL_FILING | 29 CFR,45 CFR,26 CFR,42 CFR,PHS Act
      CHURCH_PLAN              | APPEAL         | OTHER     | APPEAL_DECISION EXTERNAL_REVIEW_DECISION EXTERNAL_REVIEW_REQUEST INTERNAL_APPEAL_FILING | 29 CFR 2590,45 CFR,5 CFR 890,42 CFR,PHS Act
      SELF_FUNDED_ERISA        | APPEAL         | OTHER     | APPEAL_DECISION ERISA_CLAIM_DECISION EXTERNAL_REVIEW_DECISION EXTERNAL_REVIEW_REQUEST INTERNAL_APPEAL_FILING | 45 CFR,26 CFR,5 CFR 890,42 CFR,PHS Act,Cal.
      FULLY_INSURED            | APPEAL         | OTHER     | APPEAL_DECISION ERISA_CLAIM_DECISION EXTERNAL_REVIEW_DECISION EXTERNAL_REVIEW_REQUEST INTERNAL_APPEAL_FILING | 45 CFR,26 CFR,5 CFR 890,42 CFR,PHS Act,Cal.
      NON_FEDERAL_GOVERNMENTAL | APPEAL         | OTHER     | APPEAL_DECISION EXTERNAL_REVIEW_DECISION EXTERNAL_REVIEW_REQUEST INTERNAL_APPEAL_FILING | 29 CFR 2590,26 CFR,5 CFR 890,42 CFR,PHS Act
      INDIVIDUAL_MARKET        | APPEAL         | OTHER     | APPEAL_DECISION EXTERNAL_REVIEW_DECISION EXTERNAL_REVIEW_REQUEST INTERNAL_APPEAL_FILING | 29 CFR 2590,26 CFR,5 CFR 890,42 CFR,PHS Act
      FEHB                     | FEDERAL_IDR    | EMERGENCY | COOLING_OFF_END COOLING_OFF_INITIATION IDRE_DEPARTMENT_SELECTION IDRE_SELECTION IDR_DETERMINATION IDR_INITIATION IDR_OFFER_SUBMISSION IDR_PAYMENT IDR_SETTLEMENT_NOTICE OPEN_NEGOTIATION_INITIATION OPEN_NEGOTIATION_PERIOD_END PAYER_INITIAL_PAYMENT | 29 CFR 2560,5 CFR 890,42 CFR,45 CFR 147
      """)
  void aClaimShowsOnlyTheRulesOfItsOwnLaw(PlanType planType, Pathway pathway, ServiceCategory category,
      String codes, String lawsThatDoNotGovern) {
    var facts = new CaseFacts(pathway, null, planType, category, BilledAs.PROFESSIONAL, everyEvent());

    List<Deadline> deadlines = CALCULATOR.deadlinesFor(facts, LocalDate.of(2026, 9, 2));

    assertThat(deadlines).extracting(Deadline::code).containsExactlyInAnyOrder(
        codes == null ? new String[0] : codes.split(" "));
    for (String law : lawsThatDoNotGovern.split(",")) {
      assertThat(deadlines).as("no rule for a %s claim cites %s", planType, law)
          .noneSatisfy(deadline -> assertThat(deadline.citation()).contains(law));
    }
  }

  /**
   * Before the payer decides, the law of the plan says by when: the No Surprises Act for its items, ERISA for employer
   * plans, California's prompt-pay law for the plans issued there; no other law is configured, so no other plan
   * shows a payer deadline. Received Tuesday 2026-05-05: 30 calendar days = 2026-06-04; 30 working days after it
   * (Memorial Day skipped) = 2026-06-17.
   */
  @ParameterizedTest(name = "{0} plan issued in {1} ({2}, {3}), not yet paid: {4}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      SELF_FUNDED_ERISA        | FL | APPEAL         | OTHER     | ERISA_CLAIM_DECISION 2026-06-04 29 CFR 2560.503-1(f)(2)(iii)(B)
      SELF_FUNDED_ERISA        | CA | APPEAL         | OTHER     | ERISA_CLAIM_DECISION 2026-06-04 29 CFR 2560.503-1(f)(2)(iii)(B)
      FULLY_INSURED            | PA | APPEAL         | OTHER     | ERISA_CLAIM_DECISION 2026-06-04 29 CFR 2560.503-1(f)(2)(iii)(B)
      FULLY_INSURED            | CA | APPEAL         | OTHER     | ERISA_CLAIM_DECISION 2026-06-04 29 CFR 2560.503-1(f)(2)(iii)(B) + CA_PROMPT_PAYMENT 2026-06-17 Cal. Health & Safety Code § 1371.35(a)
      INDIVIDUAL_MARKET        | CA | APPEAL         | OTHER     | CA_PROMPT_PAYMENT 2026-06-17 Cal. Health & Safety Code § 1371.35(a)
      FULLY_INSURED            | CA | FEDERAL_IDR    | EMERGENCY | PAYER_INITIAL_PAYMENT 2026-06-04 PHS Act 2799A-1(a)(1)(C)(iv); 45 CFR 149.110, 149.120, 149.130
      SELF_FUNDED_ERISA        | FL | FEDERAL_IDR    | EMERGENCY | PAYER_INITIAL_PAYMENT 2026-06-04 PHS Act 2799A-1(a)(1)(C)(iv); 45 CFR 149.110, 149.120, 149.130
      INDIVIDUAL_MARKET        | NY | APPEAL         | OTHER     | -
      NON_FEDERAL_GOVERNMENTAL | CA | APPEAL         | OTHER     | -
      CHURCH_PLAN              | CA | APPEAL         | OTHER     | -
      FEHB                     | CA | APPEAL         | OTHER     | -
      MEDICAID_MANAGED_CARE    | CA | PUBLIC_PROGRAM | OTHER     | -
      MEDICARE_ADVANTAGE       | CA | PUBLIC_PROGRAM | OTHER     | -
      """)
  void thePayersDeadlineToDecideTheClaimIsTheLawOfItsPlan(PlanType planType, String planState, Pathway pathway,
      ServiceCategory category, String expected) {
    var facts = new CaseFacts(pathway, planState, planType, category, BilledAs.PROFESSIONAL,
        Map.of(CLAIM_RECEIVED_BY_PAYER, LocalDate.of(2026, 5, 5)));

    assertThat(CALCULATOR.deadlinesFor(facts, LocalDate.of(2026, 5, 6)))
        .filteredOn(deadline -> deadline.binds().equals("PAYER"))
        .extracting(deadline -> deadline.code() + " " + deadline.dueOn() + " " + deadline.citation())
        .containsExactly(expected == null ? new String[0] : expected.split(" \\+ "));
  }

  @ParameterizedTest(name = "{0} on {1} -> {2} due {3}")
  @CsvSource(delimiter = '|', textBlock = """
      IDR_INITIATED                 | 2026-09-04 | IDRE_SELECTION            | 2026-09-10 | 3 BD after; Labor Day 09-07 skipped
      IDR_INITIATED                 | 2026-09-04 | IDRE_DEPARTMENT_SELECTION | 2026-09-15 | 6 BD after; Labor Day skipped
      IDR_ENTITY_SELECTED           | 2026-09-10 | IDR_OFFER_SUBMISSION      | 2026-09-24 | 10 BD after
      IDR_ENTITY_SELECTED           | 2026-09-10 | IDR_DETERMINATION         | 2026-10-23 | 30 BD after; Columbus Day 10-12 skipped
      IDR_DETERMINATION_MADE        | 2026-10-23 | IDR_PAYMENT               | 2026-11-22 | 30 CD
      IDR_DETERMINATION_MADE        | 2026-10-23 | COOLING_OFF_END           | 2027-01-21 | 90 CD
      IDR_SETTLEMENT_AGREED         | 2026-11-06 | IDR_SETTLEMENT_NOTICE     | 2026-11-12 | 3 BD after; Veterans Day 11-11 skipped
      """)
  void federalIdrDeadlinesCountFromTheirEventsDates(String event, LocalDate on, String code, LocalDate due,
      String counting) {
    var facts = new CaseFacts(Pathway.FEDERAL_IDR, null, PlanType.FULLY_INSURED, ServiceCategory.EMERGENCY,
        BilledAs.PROFESSIONAL, Map.of(INITIAL_PAYMENT_OR_DENIAL_RECEIVED, LocalDate.of(2026, 6, 1), event, on));

    assertThat(CALCULATOR.deadlinesFor(facts, on)).filteredOn(deadline -> deadline.code().equals(code))
        .extracting(Deadline::dueOn).as(counting).containsExactly(due);
  }

  @Test
  void aStateRuleBindsOnlyTheBillersItsLawReaches() {
    var events = Map.of(INITIAL_PAYMENT_OR_DENIAL_RECEIVED, LocalDate.of(2026, 6, 1));
    var physician = new CaseFacts(Pathway.STATE_PROCESS, "TX", PlanType.FULLY_INSURED, ServiceCategory.EMERGENCY,
        BilledAs.PROFESSIONAL, events);
    var hospital = new CaseFacts(Pathway.STATE_PROCESS, "TX", PlanType.FULLY_INSURED, ServiceCategory.EMERGENCY,
        BilledAs.FACILITY, events);

    // Tex. Ins. Code § 1467.084: arbitration for physicians and other providers; facilities are mediated
    assertThat(CALCULATOR.deadlinesFor(physician, LocalDate.of(2026, 6, 2))).extracting(Deadline::code)
        .contains("TX_ARBITRATION_REQUEST");
    assertThat(CALCULATOR.deadlinesFor(hospital, LocalDate.of(2026, 6, 2))).extracting(Deadline::code)
        .doesNotContain("TX_ARBITRATION_REQUEST");
  }

  @ParameterizedTest(name = "New Jersey, payment received {0}: negotiate {1} days ({2})")
  @CsvSource(delimiter = '|', textBlock = """
      2022-10-27 | 2022-11-26 | N.J.S.A. 26:2SS-9 (P.L.2018, c.32)
      2022-10-28 | 2022-12-27 | N.J.S.A. 26:2SS-9 as amended by P.L.2022 (S1177), effective 2022-10-28
      """)
  void newJerseysNegotiationPeriodChangedIn2022(LocalDate paymentReceived, LocalDate due, String citation) {
    var facts = new CaseFacts(Pathway.STATE_PROCESS, "NJ", PlanType.FULLY_INSURED, ServiceCategory.EMERGENCY,
        BilledAs.FACILITY, Map.of(INITIAL_PAYMENT_OR_DENIAL_RECEIVED, paymentReceived));

    assertThat(CALCULATOR.deadlinesFor(facts, paymentReceived)).extracting(Deadline::code, Deadline::dueOn,
        Deadline::citation).contains(tuple("NJ_NEGOTIATION_PERIOD", due, citation));
  }

  @Test
  void portalProvisionsWaitForTheAnnouncementAndApplyFromIt() throws IOException {
    String shipped;
    try (var in = RuleBooks.resource(DeadlineRuleBook.DEFAULT_RESOURCE)) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // an administrator sets the announced date in the rules file: no release
    var announced = new DeadlineCalculator(RuleBooks.fromYaml(shipped.replace("inForceFrom: null",
        "inForceFrom: 2026-10-01")), COUNTING);
    var before = Map.of(INITIAL_PAYMENT_OR_DENIAL_RECEIVED, LocalDate.of(2026, 9, 1),
        OPEN_NEGOTIATION_STARTED, LocalDate.of(2026, 9, 30), OPEN_NEGOTIATION_NOTICE_RECEIVED,
        LocalDate.of(2026, 9, 30));
    var after = Map.of(INITIAL_PAYMENT_OR_DENIAL_RECEIVED, LocalDate.of(2026, 9, 1),
        OPEN_NEGOTIATION_STARTED, LocalDate.of(2026, 10, 1), OPEN_NEGOTIATION_NOTICE_RECEIVED,
        LocalDate.of(2026, 10, 1));

    assertThat(responseRules(CALCULATOR, after)).isEmpty();
    assertThat(responseRules(announced, before)).isEmpty();
    // both parties' response windows: the payer's to our notice, ours to the payer's; BD 15 beginning on
    // Thursday 2026-10-01 is 2026-10-22, Columbus Day (10-12) skipped
    assertThat(responseRules(announced, after)).containsExactly(
        tuple("OPEN_NEGOTIATION_RESPONSE", LocalDate.of(2026, 10, 22), "PAYER"),
        tuple("OPEN_NEGOTIATION_RESPONSE_BY_PROVIDER", LocalDate.of(2026, 10, 22), "PROVIDER"));

    // and in the dispute: the payer answers the initiation within 3 business days, the entity reviews eligibility
    // within 5 after its selection (Friday 2026-10-09 + 5 business days, Columbus Day skipped: 2026-10-19)
    var disputed = new java.util.HashMap<>(after);
    disputed.put(IDR_INITIATED, LocalDate.of(2026, 10, 6));
    disputed.put(IDR_ENTITY_SELECTED, LocalDate.of(2026, 10, 9));
    assertThat(portalRules(CALCULATOR, disputed)).isEmpty();
    assertThat(portalRules(announced, disputed)).containsExactly(
        tuple("IDRE_ELIGIBILITY_REVIEW", LocalDate.of(2026, 10, 19), "IDR_ENTITY"),
        tuple("IDR_INITIATION_RESPONSE", LocalDate.of(2026, 10, 9), "PAYER"));
  }

  private static List<org.assertj.core.groups.Tuple> portalRules(DeadlineCalculator calculator,
      Map<String, LocalDate> events) {
    var facts = new CaseFacts(Pathway.FEDERAL_IDR, null, PlanType.FULLY_INSURED, ServiceCategory.EMERGENCY,
        BilledAs.PROFESSIONAL, events);
    return calculator.deadlinesFor(facts, LocalDate.of(2026, 10, 9)).stream()
        .filter(deadline -> deadline.code().equals("IDR_INITIATION_RESPONSE")
            || deadline.code().equals("IDRE_ELIGIBILITY_REVIEW"))
        .map(deadline -> tuple(deadline.code(), deadline.dueOn(), deadline.binds()))
        .sorted(java.util.Comparator.comparing(t -> (String) t.toList().get(0))).toList();
  }

  private static List<org.assertj.core.groups.Tuple> responseRules(DeadlineCalculator calculator,
      Map<String, LocalDate> events) {
    var facts = new CaseFacts(Pathway.FEDERAL_IDR, null, PlanType.FULLY_INSURED, ServiceCategory.EMERGENCY,
        BilledAs.PROFESSIONAL, events);
    return calculator.deadlinesFor(facts, LocalDate.of(2026, 10, 2)).stream()
        .filter(deadline -> deadline.code().startsWith("OPEN_NEGOTIATION_RESPONSE"))
        .map(deadline -> tuple(deadline.code(), deadline.dueOn(), deadline.binds())).toList();
  }
}
