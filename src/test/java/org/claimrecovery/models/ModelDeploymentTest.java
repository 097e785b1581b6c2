package org.claimrecovery.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Deploys bpmn/ and forms/ to a bare in-memory engine (no Spring context) the way the application does, so
 * Camunda's own parser and its 7.20+ rules (historyTimeToLive on every process and decision) accept them, and
 * evaluates the dispute pathway decision table row by row with the citation of each rule in the test name.
 */
class ModelDeploymentTest {

  static ProcessEngine engine;

  @BeforeAll
  static void deployModels() throws IOException {
    engine = ModelEngine.configuration().buildProcessEngine();

    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("claim-recovery-models");
    for (String dir : new String[] {"bpmn", "forms"}) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          deployment.addString(dir + "/" + file.getFileName(), Files.readString(file));
        }
      }
    }
    deployment.deploy();
  }

  @AfterAll
  static void closeEngine() {
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void claimRecoveryProcessAndBothDecisionsDeploy() {
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("claim-recovery")
        .singleResult())
        .satisfies(definition -> {
          assertThat(definition.getVersionTag()).isEqualTo("1.3.0");
          assertThat(definition.getHistoryTimeToLive()).isEqualTo(2555);
        });
    assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().list())
        .extracting("key", "historyTimeToLive", "versionTag")
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("nsaEligibility", 2555, "1.0.0"),
            org.assertj.core.groups.Tuple.tuple("disputePathway", 2555, "1.0.0"));
  }

  @Test
  void attachDocumentDeploysWithItsEmbeddedStartForm() throws IOException {
    var definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("attach-document").singleResult();
    assertThat(definition.getName()).isEqualTo("Attach a document to a claim");
    assertThat(definition.getVersionTag()).isEqualTo("1.1.0");
    assertThat(definition.getHistoryTimeToLive()).isEqualTo(2555);
    assertThat(definition.hasStartFormKey()).isTrue();
    String formKey = engine.getFormService().getStartFormKey(definition.getId());
    assertThat(formKey).isEqualTo("embedded:deployment:forms/attach-document.html");
    try (var form = engine.getRepositoryService().getResourceAsStream(definition.getDeploymentId(),
        formKey.substring("embedded:deployment:".length()))) {
      assertThat(new String(form.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .contains("cam-variable-name=\"document\"", "cam-variable-type=\"File\"");
    }
  }

  @ParameterizedTest(name = "{6}: {0}/{1}/consent={2}, denial={3}, stateLaw={4} -> {5}")
  @CsvSource(nullValues = "null", textBlock = """
      EMERGENCY,                              SELF_FUNDED_ERISA,  false, false, false, true,  FEDERAL_IDR,   PHS Act 2799A-1(a) emergency services; 45 CFR 149.510
      NON_EMERGENCY_AT_PARTICIPATING_FACILITY, FULLY_INSURED,      false, false, false, true,  FEDERAL_IDR,   PHS Act 2799A-1(b) non-participating provider at participating facility
      AIR_AMBULANCE,                          INDIVIDUAL_MARKET,  true,  false, false, true,  FEDERAL_IDR,   PHS Act 2799A-2 air ambulance; notice and consent cannot waive it
      EMERGENCY,                              MEDICARE_ADVANTAGE, false, false, false, false, APPEAL,        Medicare Medicaid TRICARE VA are outside the NSA
      AIR_AMBULANCE,                          MEDICAID,           false, false, false, false, APPEAL,        public programmes are outside the NSA even for air ambulance
      OTHER,                                  FULLY_INSURED,      false, false, false, false, APPEAL,        ground ambulance is not a qualified IDR item
      NON_EMERGENCY_AT_PARTICIPATING_FACILITY, FULLY_INSURED,      true,  false, false, false, APPEAL,        45 CFR 149.420 valid notice and consent waives the protections
      EMERGENCY,                              FULLY_INSURED,      false, false, true,  true,  STATE_PROCESS, 45 CFR 149.30 a specified state law replaces federal IDR
      EMERGENCY,                              SELF_FUNDED_ERISA,  false, true,  false, true,  APPEAL,        IDR decides only the payment amount never coverage
      OTHER,                                  FULLY_INSURED,      false, false, true,  false, APPEAL,        29 CFR 2560.503-1 claims procedure outside the NSA
      null,                                   null,               null,  null,  null,  false, APPEAL,        nothing known yet: null-safe and no IDR
      """)
  void disputePathway(String serviceCategory, String planType, Boolean noticeAndConsentObtained,
      Boolean coverageDenial, Boolean stateLawApplies, boolean nsaEligible, String pathway, String basis) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("serviceCategory", serviceCategory);
    variables.put("planType", planType);
    variables.put("noticeAndConsentObtained", noticeAndConsentObtained);
    variables.put("coverageDenial", coverageDenial);
    variables.put("stateLawApplies", stateLawApplies);

    DmnDecisionResultEntries result = engine.getDecisionService().evaluateDecisionByKey("disputePathway")
        .variables(variables).evaluate().getSingleResult();

    assertThat(result.<Boolean>getEntry("nsaEligible")).as(basis).isEqualTo(nsaEligible);
    assertThat(result.<String>getEntry("pathway")).as(basis).isEqualTo(pathway);
  }

  @Test
  void aMissingInputIsAnErrorNotAGuessedPathway() {
    assertThatThrownBy(() -> engine.getDecisionService().evaluateDecisionByKey("disputePathway")
        .variables(Map.of("serviceCategory", "EMERGENCY", "planType", "SELF_FUNDED_ERISA")).evaluate())
        .hasStackTraceContaining("noticeAndConsentObtained");
  }
}
