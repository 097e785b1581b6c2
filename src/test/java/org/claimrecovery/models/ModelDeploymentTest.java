package org.claimrecovery.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
  void claimRecoveryProcessAndTheDecisionsDeploy() {
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("claim-recovery")
        .singleResult())
        .satisfies(definition -> {
          assertThat(definition.getVersionTag()).isEqualTo("1.4.0");
          assertThat(definition.getHistoryTimeToLive()).isEqualTo(2555);
        });
    assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().list())
        .extracting("key", "historyTimeToLive", "versionTag")
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("nsaEligibility", 2555, "2.0.0"),
            org.assertj.core.groups.Tuple.tuple("disputePathway", 2555, "2.0.0"),
            org.assertj.core.groups.Tuple.tuple("requiredDocuments", 2555, "1.0.0"));
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

  // what the decision decides, rule by rule with its citation: DisputePathwayLawTest

  @Test
  void aMissingInputIsAnErrorNotAGuessedPathway() {
    assertThatThrownBy(() -> engine.getDecisionService().evaluateDecisionByKey("disputePathway")
        .variables(Map.of("serviceCategory", "EMERGENCY", "planType", "SELF_FUNDED_ERISA")).evaluate())
        .hasStackTraceContaining("noticeAndConsentObtained");
  }
}
