package org.claimrecovery.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.claimrecovery.deadlines.CaseEvents.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.claimrecovery.pathway.BilledAs;
import org.claimrecovery.pathway.Pathway;
import org.claimrecovery.pathway.PlanType;
import org.claimrecovery.pathway.ServiceCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineCalculatorTest {

  private static final DeadlineCalculator CALCULATOR = new DeadlineCalculator(
      RuleBooks.shipped(), new DeadlineCounting(RuleBooks.shippedCalendar().businessCalendar()));

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** An NSA claim: received by the payer 2026-05-05, paid (too little) on 2026-06-01. */
  private static CaseFacts nsaClaimPaidJune1() {
    return nsaEmergency(Map.of(
        CLAIM_RECEIVED_BY_PAYER, d("2026-05-05"),
        INITIAL_PAYMENT_OR_DENIAL_RECEIVED, d("2026-06-01")));
  }

  /** An emergency visit under a self-funded employer plan, on the federal IDR pathway. */
  private static CaseFacts nsaEmergency(Map<String, LocalDate> events) {
    return new CaseFacts(Pathway.FEDERAL_IDR, null, PlanType.SELF_FUNDED_ERISA, ServiceCategory.EMERGENCY,
        BilledAs.PROFESSIONAL, events);
  }

  private static CaseFacts appeal(PlanType planType, Map<String, LocalDate> events) {
    return new CaseFacts(Pathway.APPEAL, null, planType, ServiceCategory.OTHER, BilledAs.PROFESSIONAL, events);
  }

  @Test
  void nsaClaimWithPaymentReceivedListsOpenNegotiationInitiation() {
    List<Deadline> deadlines = CALCULATOR.deadlinesFor(nsaClaimPaidJune1(), d("2026-06-02"));

    assertThat(deadlines)
        .extracting(Deadline::code, Deadline::dueOn, Deadline::status, Deadline::metOn, Deadline::ruleSet)
        .containsExactly(
            // PHS Act 2799A-1(a)(1)(C)(iv): 30 CD after 2026-05-05, paid 2026-06-01
            tuple("PAYER_INITIAL_PAYMENT", d("2026-06-04"), DeadlineStatus.MET, d("2026-06-01"), null),
            // 45 CFR 149.510(b)(1)(i): 30 BD beginning on 2026-06-01
            tuple("OPEN_NEGOTIATION_INITIATION", d("2026-07-14"), DeadlineStatus.OPEN, null,
                "FEDERAL_IDR_2022"));
    assertThat(deadlines.get(1).citation()).isEqualTo("45 CFR 149.510(b)(1)(i)");
    assertThat(deadlines.get(1).binds()).isEqualTo("PROVIDER");
  }

  @Test
  void workedExampleChainsIdrInitiationOffTheOpenNegotiationPeriod() {
    CaseFacts facts = nsaClaimPaidJune1().withEvent(OPEN_NEGOTIATION_STARTED, d("2026-06-01"));

    assertThat(CALCULATOR.deadlinesFor(facts, d("2026-06-02")))
        .extracting(Deadline::code, Deadline::dueOn, Deadline::status)
        .containsExactly(
            tuple("PAYER_INITIAL_PAYMENT", d("2026-06-04"), DeadlineStatus.MET),
            tuple("OPEN_NEGOTIATION_INITIATION", d("2026-07-14"), DeadlineStatus.MET),
            tuple("OPEN_NEGOTIATION_PERIOD_END", d("2026-07-14"), DeadlineStatus.OPEN),
            tuple("IDR_INITIATION", d("2026-07-20"), DeadlineStatus.OPEN));
  }

  @Test
  void wholeFederalIdrTimeline() {
    CaseFacts facts = nsaClaimPaidJune1()
        .withEvent(OPEN_NEGOTIATION_STARTED, d("2026-06-01"))
        .withEvent(IDR_INITIATED, d("2026-07-16"))
        .withEvent(IDR_ENTITY_SELECTED, d("2026-07-21"))
        .withEvent(IDR_DETERMINATION_MADE, d("2026-09-01"));

    assertThat(CALCULATOR.deadlinesFor(facts, d("2026-09-02")))
        .extracting(Deadline::code, Deadline::dueOn, Deadline::status)
        .containsExactly(
            tuple("PAYER_INITIAL_PAYMENT", d("2026-06-04"), DeadlineStatus.MET),
            tuple("OPEN_NEGOTIATION_INITIATION", d("2026-07-14"), DeadlineStatus.MET),
            // a period no act fulfils is over once it ends, not missed
            tuple("OPEN_NEGOTIATION_PERIOD_END", d("2026-07-14"), DeadlineStatus.ELAPSED),
            tuple("IDR_INITIATION", d("2026-07-20"), DeadlineStatus.MET),
            tuple("IDRE_SELECTION", d("2026-07-21"), DeadlineStatus.MET),
            tuple("IDRE_DEPARTMENT_SELECTION", d("2026-07-24"), DeadlineStatus.MET),
            // no case event records the offers yet (federal IDR is a later stage): nothing to call it missed by
            tuple("IDR_OFFER_SUBMISSION", d("2026-08-04"), DeadlineStatus.ELAPSED),
            tuple("IDR_DETERMINATION", d("2026-09-01"), DeadlineStatus.MET),
            tuple("IDR_PAYMENT", d("2026-10-01"), DeadlineStatus.OPEN),
            tuple("COOLING_OFF_END", d("2026-11-30"), DeadlineStatus.OPEN));
  }

  /**
   * The entity's 30 business days across Labor Day: selected Monday 2026-08-03, day 1 is 08-04; 20 business days to
   * 08-31, 4 more to 09-04, Monday 09-07 skipped, 4 to 09-11, and 09-14, 09-15. The offers' 10 business days end on
   * 08-17.
   */
  @Test
  void theDeterminationCountsPastLaborDay() {
    CaseFacts facts = nsaClaimPaidJune1()
        .withEvent(OPEN_NEGOTIATION_STARTED, d("2026-06-01"))
        .withEvent(IDR_INITIATED, d("2026-07-28"))
        .withEvent(IDR_ENTITY_SELECTED, d("2026-08-03"));

    assertThat(CALCULATOR.deadlinesFor(facts, d("2026-08-04")))
        .filteredOn(deadline -> deadline.code().equals("IDR_OFFER_SUBMISSION")
            || deadline.code().equals("IDR_DETERMINATION"))
        .extracting(Deadline::code, Deadline::dueOn)
        .containsExactly(tuple("IDR_OFFER_SUBMISSION", d("2026-08-17")), tuple("IDR_DETERMINATION", d("2026-09-15")));
  }

  /**
   * A claim whose open negotiation ended while another claim's cooling-off period ran (45 CFR 149.510(c)(4)(vi)):
   * the cooling-off period ended Sunday 2026-11-22, so the 30 business days begin Monday 2026-11-23 and skip
   * Thanksgiving (11-26), Christmas (12-25) and New Year's Day (2027-01-01): 3 days in the week of 11-23, 4 more
   * to 11-27, 5 a week to 12-18 (19), 4 to 12-24 (23), 4 to 12-31 (27), 3 to Wednesday 2027-01-06 (30).
   */
  @Test
  void aClaimHeldBackByACoolingOffPeriodGetsThirtyBusinessDaysAfterItEnds() {
    CaseFacts facts = nsaClaimPaidJune1()
        .withEvent(OPEN_NEGOTIATION_STARTED, d("2026-06-01"))
        .withEvent(COOLING_OFF_ENDED, d("2026-11-22"));

    assertThat(CALCULATOR.deadlinesFor(facts, d("2026-11-23")))
        .filteredOn(deadline -> deadline.code().equals("COOLING_OFF_INITIATION"))
        .extracting(Deadline::dueOn, Deadline::status)
        .containsExactly(tuple(d("2027-01-06"), DeadlineStatus.OPEN));
  }

  @ParameterizedTest(name = "PHS Act 2799A-1(a)(1)(C)(iv): claim received {0}, today {1} → due {2} {3}")
  @CsvSource({
      "2026-06-01, 2026-06-15, 2026-07-01, OPEN",
      "2026-06-01, 2026-07-01, 2026-07-01, OPEN",   // due by the end of the day
      "2026-06-01, 2026-07-02, 2026-07-01, MISSED",
  })
  void unpaidClaimListsThePayersInitialPaymentDeadline(LocalDate received, LocalDate today, LocalDate due,
                            DeadlineStatus status) {
    // an NSA item waiting for the payer: only the payer's duty is dated yet
    CaseFacts facts = nsaEmergency(Map.of(CLAIM_RECEIVED_BY_PAYER, received));

    assertThat(CALCULATOR.deadlinesFor(facts, today))
        .extracting(Deadline::code, Deadline::dueOn, Deadline::status, Deadline::binds)
        .containsExactly(tuple("PAYER_INITIAL_PAYMENT", due, status, "PAYER"));
  }

  @Test
  void paymentAfterTheDeadlineIsMetLate() {
    CaseFacts facts = nsaEmergency(Map.of(
        CLAIM_RECEIVED_BY_PAYER, d("2026-04-01"),
        INITIAL_PAYMENT_OR_DENIAL_RECEIVED, d("2026-06-01"),
        OPEN_NEGOTIATION_STARTED, d("2026-07-15")));

    assertThat(CALCULATOR.deadlinesFor(facts, d("2026-07-16")))
        .filteredOn(deadline -> deadline.code().equals("PAYER_INITIAL_PAYMENT")
            || deadline.code().equals("OPEN_NEGOTIATION_INITIATION"))
        .extracting(Deadline::code, Deadline::status, Deadline::metOn)
        .containsExactly(
            tuple("PAYER_INITIAL_PAYMENT", DeadlineStatus.MISSED, d("2026-06-01")),
            tuple("OPEN_NEGOTIATION_INITIATION", DeadlineStatus.MISSED, d("2026-07-15")));
  }

  @ParameterizedTest(name = "CMS-9897-F effective 2026-08-03: payment received {0} → rule set {1}")
  @CsvSource({
      "2026-08-02, FEDERAL_IDR_2022",
      "2026-08-03, FEDERAL_IDR_2026",
  })
  void operationsRuleAppliesToCasesTriggeredFromItsEffectiveDate(LocalDate paymentReceived, String ruleSet) {
    CaseFacts facts = nsaEmergency(Map.of(
        INITIAL_PAYMENT_OR_DENIAL_RECEIVED, paymentReceived,
        OPEN_NEGOTIATION_STARTED, d("2026-08-05"),
        IDR_INITIATED, d("2026-09-18")));

    List<Deadline> deadlines = CALCULATOR.deadlinesFor(facts, d("2026-08-06"));

    assertThat(deadlines).filteredOn(deadline -> deadline.code().equals("OPEN_NEGOTIATION_INITIATION"))
        .extracting(Deadline::ruleSet).containsExactly(ruleSet);
    // the response rules of CMS-9897-F wait for CMS's portal as well (GoverningLawTest
    // portalProvisionsWaitForTheAnnouncementAndApplyFromIt): neither rule set shows them yet
    assertThat(deadlines).extracting(Deadline::code)
        .doesNotContain("OPEN_NEGOTIATION_RESPONSE", "IDR_INITIATION_RESPONSE", "IDRE_ELIGIBILITY_REVIEW");
  }

  @Test
  void appealPathwayListsTheInternalAppealInsteadOfOpenNegotiation() {
    CaseFacts facts = appeal(PlanType.SELF_FUNDED_ERISA, Map.of(
        CLAIM_RECEIVED_BY_PAYER, d("2026-05-05"),
        INITIAL_PAYMENT_OR_DENIAL_RECEIVED, d("2026-06-01")));

    // the No Surprises Act's 30-day duty does not govern a claim outside it; ERISA's claim decision does
    assertThat(CALCULATOR.deadlinesFor(facts, d("2026-06-02")))
        .extracting(Deadline::code, Deadline::dueOn, Deadline::status, Deadline::citation)
        .containsExactly(
            tuple("ERISA_CLAIM_DECISION", d("2026-06-04"), DeadlineStatus.MET, "29 CFR 2560.503-1(f)(2)(iii)(B)"),
            tuple("INTERNAL_APPEAL_FILING", d("2026-11-28"), DeadlineStatus.OPEN,
                "29 CFR 2560.503-1(h)(3)(i); 29 CFR 2590.715-2719(b)(2)(i)"));
  }

  @ParameterizedTest(name = "29 CFR 2560.503-1(f)(2)(iii)(B): received 2026-05-05, {0} on {1} -> {2}")
  @CsvSource(nullValues = "-", textBlock = """
      -,          2026-06-04, OPEN
      -,          2026-06-05, MISSED
      2026-06-04, 2026-06-05, MET
      2026-06-05, 2026-06-05, MISSED
      """)
  void anErisaPlanDecidesAPostServiceClaimWithin30Days(LocalDate decided, LocalDate today, DeadlineStatus status) {
    var events = new java.util.HashMap<String, LocalDate>(Map.of(CLAIM_RECEIVED_BY_PAYER, d("2026-05-05")));
    if (decided != null) {
      events.put(INITIAL_PAYMENT_OR_DENIAL_RECEIVED, decided);
    }

    assertThat(CALCULATOR.deadlinesFor(appeal(PlanType.SELF_FUNDED_ERISA, events), today))
        .filteredOn(deadline -> deadline.code().equals("ERISA_CLAIM_DECISION"))
        .extracting(Deadline::dueOn, Deadline::status, Deadline::binds)
        .containsExactly(tuple(d("2026-06-04"), status, "PAYER"));
  }

  @Test
  void aCaliforniaPlanPaysWithin30WorkingDaysAfterReceipt() {
    // Cal. Health & Safety Code § 1371.35(a): "no later than 30 working days after receipt"; day 1 is Wednesday
    // 2026-05-06, Memorial Day (05-25) is skipped, day 30 is Wednesday 2026-06-17
    var facts = new CaseFacts(Pathway.APPEAL, "CA", PlanType.INDIVIDUAL_MARKET, ServiceCategory.OTHER,
        BilledAs.PROFESSIONAL, Map.of(CLAIM_RECEIVED_BY_PAYER, d("2026-05-05")));

    assertThat(CALCULATOR.deadlinesFor(facts, d("2026-05-06")))
        .extracting(Deadline::code, Deadline::dueOn, Deadline::status, Deadline::binds, Deadline::citation)
        .containsExactly(tuple("CA_PROMPT_PAYMENT", d("2026-06-17"), DeadlineStatus.OPEN, "PAYER",
            "Cal. Health & Safety Code § 1371.35(a)"));
  }

  @Test
  void appealThroughExternalReview() {
    CaseFacts facts = appeal(PlanType.INDIVIDUAL_MARKET, Map.of(
        INITIAL_PAYMENT_OR_DENIAL_RECEIVED, d("2026-06-01"),
        INTERNAL_APPEAL_FILED, d("2026-07-01"),
        APPEAL_RECEIVED_BY_PAYER, d("2026-07-03"),
        FINAL_INTERNAL_DETERMINATION_RECEIVED, d("2026-10-31"),
        EXTERNAL_REVIEW_REQUESTED, d("2026-12-01")));

    assertThat(CALCULATOR.deadlinesFor(facts, d("2026-12-02")))
        .extracting(Deadline::code, Deadline::dueOn, Deadline::status)
        .containsExactly(
            tuple("APPEAL_DECISION", d("2026-09-01"), DeadlineStatus.MISSED),
            tuple("INTERNAL_APPEAL_FILING", d("2026-11-28"), DeadlineStatus.MET),
            tuple("EXTERNAL_REVIEW_DECISION", d("2027-01-15"), DeadlineStatus.OPEN),
            // 45 CFR 147.136(d)(2)(i): 4 months after Oct 31, no Feb 31 → Mar 1
            tuple("EXTERNAL_REVIEW_REQUEST", d("2027-03-01"), DeadlineStatus.MET));
  }

  @ParameterizedTest(name = "{3}: {0} state process → {1} due {2}")
  @CsvSource(delimiter = '|', textBlock = """
            TX | TX_ARBITRATION_REQUEST | 2026-08-30 | Tex. Ins. Code § 1467.084(a)
            NY | NY_IDR_FILING          | 2029-05-05 | N.Y. Fin. Serv. Law § 601
            NJ | NJ_NEGOTIATION_PERIOD  | 2026-07-31 | N.J.S.A. 26:2SS-9 as amended by P.L.2022 (S1177), effective 2022-10-28
            CA | CA_PLAN_DISPUTE_FILING | 2027-05-05 | 28 CCR 1300.71.38(d)(1); Cal. Health & Safety Code § 1371.30(a)(2)
            """)
  void specifiedStateLawListsOnlyThatStatesRule(String state, String code, LocalDate due, String citation) {
    CaseFacts facts = new CaseFacts(Pathway.STATE_PROCESS, state, PlanType.FULLY_INSURED,
        ServiceCategory.NON_EMERGENCY_AT_PARTICIPATING_FACILITY, BilledAs.PROFESSIONAL, Map.of(
        CLAIM_RECEIVED_BY_PAYER, d("2026-05-05"),
        INITIAL_PAYMENT_OR_DENIAL_RECEIVED, d("2026-06-01")));

    assertThat(CALCULATOR.deadlinesFor(facts, d("2026-06-02")))
        .extracting(Deadline::code, Deadline::dueOn, Deadline::citation, Deadline::binds, Deadline::status)
        .containsExactly(
            tuple("PAYER_INITIAL_PAYMENT", d("2026-06-04"),
                "PHS Act 2799A-1(a)(1)(C)(iv); 45 CFR 149.110, 149.120, 149.130", "PAYER",
                DeadlineStatus.MET),
            tuple(code, due, citation, "PROVIDER", DeadlineStatus.OPEN));
  }

  @ParameterizedTest(name = "{4}: final offer of a {0} case ({1}, {2}) on {3} → counted: {5}")
  @CsvSource(delimiter = '|', textBlock = """
            STATE_PROCESS | NJ | 2026-06-01 | 2026-06-15 | N.J.S.A. 26:2SS-10 as amended by P.L.2022 (S1177)   | true
            STATE_PROCESS | NJ | 2020-06-01 | 2020-06-15 | N.J.S.A. 26:2SS-10 (P.L.2018, c.32)                  | true
            STATE_PROCESS | NJ | 2018-06-01 | 2018-06-15 | no New Jersey rule before 2018-08-30                 | false
            STATE_PROCESS | TX | 2026-06-01 | 2026-06-15 | Tex. Ins. Code § 1467.084(a) counts from the payment | false
            FEDERAL_IDR   | NJ | 2026-06-01 | 2026-06-15 | a New Jersey plan under federal IDR                  | false
            """)
  void aFinalOfferCountsOnlyWhereTheStatesRuleInForceStartsOnIt(Pathway pathway, String state, LocalDate paid,
      LocalDate offeredOn, String citation, boolean counted) {
    CaseFacts facts = new CaseFacts(pathway, state, PlanType.FULLY_INSURED, ServiceCategory.EMERGENCY,
        BilledAs.PROFESSIONAL, Map.of(INITIAL_PAYMENT_OR_DENIAL_RECEIVED, paid));

    assertThat(CALCULATOR.countsFrom(facts, STATE_FINAL_OFFER_MADE, offeredOn)).isEqualTo(counted);
    assertThat(CALCULATOR.deadlinesFor(facts.withEvent(STATE_FINAL_OFFER_MADE, offeredOn), offeredOn))
        .extracting(Deadline::code).matches(codes -> codes.contains("NJ_ARBITRATION_REQUEST") == counted);
  }

  @Test
  void newJerseysArbitrationRequestIsDue90DaysAfterTheFinalOffer() {
    CaseFacts facts = new CaseFacts(Pathway.STATE_PROCESS, "NJ", PlanType.FULLY_INSURED, ServiceCategory.EMERGENCY,
        BilledAs.PROFESSIONAL, Map.of(INITIAL_PAYMENT_OR_DENIAL_RECEIVED, d("2026-06-01"),
        STATE_FINAL_OFFER_MADE, d("2026-06-15")));

    // N.J.S.A. 26:2SS-10 as amended by P.L.2022 (S1177): within 90 days of the final offer
    assertThat(CALCULATOR.deadlinesFor(facts, d("2026-07-03")))
        .extracting(Deadline::code, Deadline::dueOn, Deadline::status)
        .contains(tuple("NJ_ARBITRATION_REQUEST", d("2026-09-13"), DeadlineStatus.OPEN));
  }

  @Test
  void nextProviderDeadlineSkipsPayerDeadlines() {
    assertThat(CALCULATOR.nextProviderDeadline(nsaClaimPaidJune1(), d("2026-06-02")))
        .map(Deadline::code).contains("OPEN_NEGOTIATION_INITIATION");

    CaseFacts idrInitiated = nsaClaimPaidJune1()
        .withEvent(OPEN_NEGOTIATION_STARTED, d("2026-06-01"))
        .withEvent(IDR_INITIATED, d("2026-07-16"));
    // 45 CFR 149.510(c)(1): selection within 3 BD after initiation, binds both parties
    assertThat(CALCULATOR.nextProviderDeadline(idrInitiated, d("2026-07-16")))
        .map(deadline -> deadline.code() + " " + deadline.dueOn())
        .contains("IDRE_SELECTION 2026-07-21");
  }

  @Test
  void noProviderDeadlineWhileOnlyThePayerMustAct() {
    CaseFacts unpaid = nsaEmergency(Map.of(CLAIM_RECEIVED_BY_PAYER, d("2026-06-01")));
    assertThat(CALCULATOR.deadlinesFor(unpaid, d("2026-06-02"))).extracting(Deadline::code)
        .containsExactly("PAYER_INITIAL_PAYMENT");
    assertThat(CALCULATOR.nextProviderDeadline(unpaid, d("2026-06-02"))).isEmpty();
    assertThat(CALCULATOR.deadlinesFor(new CaseFacts(null, null, null), d("2026-06-02"))).isEmpty();
  }

  @Test
  void escalationIsFiveBusinessDaysBeforeTheProviderDeadline() {
    Deadline initiation = CALCULATOR.nextProviderDeadline(nsaClaimPaidJune1(), d("2026-06-02")).orElseThrow();
    assertThat(CALCULATOR.escalationDate(initiation)).isEqualTo(d("2026-07-07"));
  }

  @ParameterizedTest(name = "rule version in effect on the anchor date {0} → due {1}")
  @CsvSource({
      "2026-12-31, 2027-01-10",
      "2027-01-01, 2027-01-21",
  })
  void ruleVersionIsChosenByTheAnchorDate(LocalDate claimReceived, LocalDate due) {
    DeadlineRuleBook book = RuleBooks.fromYaml("""
                rules:
                  - {code: X, title: Do X, startsOn: CLAIM_RECEIVED_BY_PAYER, length: 10, unit: CALENDAR_DAYS,
                     binds: PROVIDER, effectiveFrom: 2022-01-01, effectiveTo: 2026-12-31, citation: old}
                  - {code: X, title: Do X, startsOn: CLAIM_RECEIVED_BY_PAYER, length: 20, unit: CALENDAR_DAYS,
                     binds: PROVIDER, effectiveFrom: 2027-01-01, citation: new}
                """);
    DeadlineCalculator calculator = new DeadlineCalculator(book, new DeadlineCounting(new BusinessCalendar()));

    assertThat(calculator.deadlinesFor(new CaseFacts(null, null, Map.of(CLAIM_RECEIVED_BY_PAYER, claimReceived)),
        claimReceived))
        .extracting(Deadline::code, Deadline::dueOn)
        .containsExactly(tuple("X", due));
  }
}
