package org.claimrecovery.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionLogicEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dispute-pathway decision (bpmn/dispute-pathway.dmn) as the law states it: one row per case the law
 * distinguishes, each with its citation and the rules that must decide it. Every rule of both tables is some row's
 * reason, so a rule no row explains fails the class.
 */
class DisputePathwayLawTest {

  private static DmnEngine engine;
  private static DmnDecision disputePathway;
  private static final List<String> matched = new ArrayList<>();
  private static final Set<String> allRules = new TreeSet<>();

  @BeforeAll
  static void readTheDecision() throws Exception {
    var configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionEvaluationListeners(List.of(new DmnDecisionEvaluationListener() {
      @Override
      public void notify(DmnDecisionEvaluationEvent event) {
        record(event.getDecisionResult());
        event.getRequiredDecisionResults().forEach(DisputePathwayLawTest::record);
      }
    }));
    engine = configuration.buildEngine();
    try (InputStream dmn = Files.newInputStream(Path.of("bpmn/dispute-pathway.dmn"))) {
      disputePathway = engine.parseDecision("disputePathway", dmn);
    }
    String xml = Files.readString(Path.of("bpmn/dispute-pathway.dmn"));
    var rule = java.util.regex.Pattern.compile("<rule id=\"([A-Za-z]+)\"").matcher(xml);
    while (rule.find()) {
      allRules.add(rule.group(1));
    }
  }

  private static void record(DmnDecisionLogicEvaluationEvent result) {
    if (result instanceof DmnDecisionTableEvaluationEvent table) {
      table.getMatchingRules().forEach(rule -> matched.add(rule.getId()));
    }
  }

  @ParameterizedTest(name = "{0}: {1}/{2}/consent={3}/cannot waive={4}/denial={5}/state law={6} -> {7} {8}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      emergency care, a self-funded plan                         | EMERGENCY                               | SELF_FUNDED_ERISA        | false | false | false | false | true  | FEDERAL_IDR    | emergencyProtected nsaItemGoesToFederalIdr                   | PHS Act 2799A-1(a); 45 CFR 149.110, 149.510
      emergency care with notice and consent stays protected      | EMERGENCY                               | FULLY_INSURED            | true  | false | false | false | true  | FEDERAL_IDR    | emergencyProtected nsaItemGoesToFederalIdr                   | 45 CFR 149.410(b): consent only for post-stabilization services
      post-stabilization care waived by valid consent              | POST_STABILIZATION                      | FULLY_INSURED            | true  | false | false | false | false | APPEAL         | postStabilizationWaivedByConsent otherwiseAppeal             | 45 CFR 149.410(b)
      post-stabilization anesthesia: consent cannot waive it       | POST_STABILIZATION                      | FULLY_INSURED            | true  | true  | false | false | true  | FEDERAL_IDR    | postStabilizationProtected nsaItemGoesToFederalIdr           | 45 CFR 149.410(b), 149.420(b)(1)(i)
      post-stabilization care without consent                      | POST_STABILIZATION                      | INDIVIDUAL_MARKET        | false | false | false | false | true  | FEDERAL_IDR    | postStabilizationProtected nsaItemGoesToFederalIdr           | 45 CFR 149.110(c)(2)(ii)
      surgery at a participating facility waived by valid consent  | NON_EMERGENCY_AT_PARTICIPATING_FACILITY | FULLY_INSURED            | true  | false | false | false | false | APPEAL         | participatingFacilityWaivedByConsent otherwiseAppeal         | 45 CFR 149.420(c)-(i)
      anesthesiology at a participating facility despite consent   | NON_EMERGENCY_AT_PARTICIPATING_FACILITY | FULLY_INSURED            | true  | true  | false | false | true  | FEDERAL_IDR    | participatingFacilityProtected nsaItemGoesToFederalIdr       | 45 CFR 149.420(b)(1)(i)
      unforeseen urgent need at a participating facility           | NON_EMERGENCY_AT_PARTICIPATING_FACILITY | SELF_FUNDED_ERISA        | true  | true  | false | false | true  | FEDERAL_IDR    | participatingFacilityProtected nsaItemGoesToFederalIdr       | 45 CFR 149.420(b)(2)
      participating facility, no consent                           | NON_EMERGENCY_AT_PARTICIPATING_FACILITY | SELF_FUNDED_ERISA        | false | false | false | false | true  | FEDERAL_IDR    | participatingFacilityProtected nsaItemGoesToFederalIdr       | PHS Act 2799A-1(b); 45 CFR 149.420(a)
      air ambulance; consent is no waiver                          | AIR_AMBULANCE                           | INDIVIDUAL_MARKET        | true  | false | false | false | true  | FEDERAL_IDR    | airAmbulanceProtected nsaItemGoesToFederalIdr                | PHS Act 2799A-2; 45 CFR 149.130, 149.520
      an FEHB carrier is protected                                 | EMERGENCY                               | FEHB                     | false | false | false | false | true  | FEDERAL_IDR    | emergencyProtected nsaItemGoesToFederalIdr                   | 5 U.S.C. 8902(p)
      a non-federal governmental plan is protected                 | EMERGENCY                               | NON_FEDERAL_GOVERNMENTAL | false | false | false | false | true  | FEDERAL_IDR    | emergencyProtected nsaItemGoesToFederalIdr                   | PHS Act 2799A-1 (group health plans incl. non-federal governmental)
      a church plan is protected                                   | EMERGENCY                               | CHURCH_PLAN              | false | false | false | false | true  | FEDERAL_IDR    | emergencyProtected nsaItemGoesToFederalIdr                   | 26 U.S.C. 9816
      an unstated plan type keeps the protection                   | EMERGENCY                               | OTHER                    | false | false | false | false | true  | FEDERAL_IDR    | emergencyProtected nsaItemGoesToFederalIdr                   | the case notes ask for the plan type
      a Medicare Advantage denial                                  | EMERGENCY                               | MEDICARE_ADVANTAGE       | false | false | true  | false | false | PUBLIC_PROGRAM | publicProgrammeOutsideNsa publicProgrammeOwnRoutes           | 42 CFR 422.582, 422.214
      Medicaid managed care air ambulance                          | AIR_AMBULANCE                           | MEDICAID_MANAGED_CARE    | false | false | false | false | false | PUBLIC_PROGRAM | publicProgrammeOutsideNsa publicProgrammeOwnRoutes           | 42 CFR part 438; not a group health plan
      traditional Medicare                                         | EMERGENCY                               | MEDICARE                 | false | false | false | false | false | PUBLIC_PROGRAM | publicProgrammeOutsideNsa publicProgrammeOwnRoutes           | not a group health plan
      TRICARE or VA                                                | EMERGENCY                               | OTHER_PUBLIC_PROGRAM     | false | false | false | true  | false | PUBLIC_PROGRAM | publicProgrammeOutsideNsa publicProgrammeOwnRoutes           | not a group health plan
      a specified state law replaces federal IDR                   | EMERGENCY                               | FULLY_INSURED            | false | false | false | true  | true  | STATE_PROCESS  | emergencyProtected specifiedStateLawReplacesIdr              | 45 CFR 149.30
      Texas laboratory services beyond the federal categories      | LABORATORY_OR_IMAGING                   | FULLY_INSURED            | false | false | false | true  | false | STATE_PROCESS  | otherwiseOutsideNsa stateLawBeyondNsaCategories              | Tex. Ins. Code 1467.084(a)(2)(C)
      laboratory services where no state law reaches them          | LABORATORY_OR_IMAGING                   | FULLY_INSURED            | false | false | false | false | false | APPEAL         | otherwiseOutsideNsa otherwiseAppeal                          | 45 CFR 149.510(a)(2)
      coverage denial of an emergency claim is appealed            | EMERGENCY                               | SELF_FUNDED_ERISA        | false | false | true  | false | true  | APPEAL         | emergencyProtected coverageDeniedGoesToAppeal                | IDR decides amounts only; 29 CFR 2560.503-1
      ground ambulance                                             | OTHER                                   | FULLY_INSURED            | false | false | false | false | false | APPEAL         | otherwiseOutsideNsa otherwiseAppeal                          | not a qualified IDR item
      nothing known yet                                            | null                                    | null                     | null  | null  | null  | null  | false | APPEAL         | otherwiseOutsideNsa otherwiseAppeal                          | null-safe, no IDR
      """)
  void theDecisionFollowsTheLaw(String situation, String serviceCategory, String planType,
      Boolean noticeAndConsentObtained, Boolean consentCannotWaive, Boolean coverageDenial, Boolean stateLawApplies,
      boolean nsaEligible, String pathway, String rules, String citation) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("serviceCategory", serviceCategory);
    variables.put("planType", planType);
    variables.put("noticeAndConsentObtained", noticeAndConsentObtained);
    variables.put("consentCannotWaive", consentCannotWaive);
    variables.put("coverageDenial", coverageDenial);
    variables.put("stateLawApplies", stateLawApplies);
    matched.clear();

    var result = engine.evaluateDecision(disputePathway, variables).getSingleResult();

    assertThat(result.<Boolean>getEntry("nsaEligible")).as(situation + " (" + citation + ")").isEqualTo(nsaEligible);
    assertThat(result.<String>getEntry("pathway")).as(situation + " (" + citation + ")").isEqualTo(pathway);
    assertThat(matched).as("the rules that decide " + situation).containsExactlyInAnyOrder(rules.split(" "));
    decidedBy.addAll(matched);
  }

  private static final Set<String> decidedBy = new TreeSet<>();

  @AfterAll
  static void everyRuleIsSomeRowsReason() {
    assertThat(decidedBy).as("rules of bpmn/dispute-pathway.dmn that no row explains").containsAll(allRules);
  }
}
