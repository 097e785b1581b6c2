package org.claimrecovery.engine.modelpolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.TestUsers.OWNER;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deploying a model is not deploying code: a process owner's deployment through the engine REST API, as
 * Camunda Modeler sends it, passes the model policy or is refused with 400 naming what it refuses.
 */
@IntegrationTest
class ModelPolicyIT {

  @Autowired Api api;
  @Autowired RepositoryService repository;
  @Autowired ManagementService management;

  @Test
  void theProbesShellCommandIsRefusedWith400NamingElementAndExpressionAndNothingIsDeployed() throws IOException {
    long deployments = repository.createDeploymentQuery().count();
    long definitions = repository.createProcessDefinitionQuery().count();

    var refused = api.deploy(OWNER, "probe-shell", "probe-shell-command.bpmn", probe("probe-shell-command.bpmn"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().path("type").asText()).isEqualTo("ParseException");
    assertThat(refused.body().path("message").asText()).contains("probe-shell-command.bpmn", "element runCommand",
        "${''.getClass().forName('java.lang.Runtime')");
    var error = refused.body().path("details").path("probe-shell-command.bpmn").path("errors").path(0);
    assertThat(error.path("mainElementId").asText()).isEqualTo("runCommand");
    assertThat(error.path("message").asText()).contains("exec('touch target/pwned-by-probe')");

    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitions);
    assertThat(management.createJobQuery().processDefinitionKey("probeShellCommand").count()).isZero();
    assertThat(Path.of("target/pwned-by-probe")).doesNotExist();
  }

  @Test
  void theProbesSqlQueryIsRefusedWith400NamingElementAndExpressionAndNothingIsDeployed() throws IOException {
    long deployments = repository.createDeploymentQuery().count();
    long definitions = repository.createProcessDefinitionQuery().count();

    var refused = api.deploy(OWNER, "probe-sql", "probe-sql-query.bpmn", probe("probe-sql-query.bpmn"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().path("details").path("probe-sql-query.bpmn").path("errors").path(0)
        .path("mainElementId").asText()).isEqualTo("countUsers");
    assertThat(refused.body().path("message").asText())
        .contains("element countUsers", "${jdbcClient.sql('SELECT COUNT(*) FROM ACT_ID_USER')");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitions);
  }

  @Test
  void aChangedCopyOfAShippedModelDeploys() throws IOException {
    // its own key, so that the shipped dispatch-letter stays the latest version for the other tests
    String changed = Files.readString(Path.of("bpmn/dispatch-letter.bpmn"))
        .replace("id=\"dispatch-letter\"", "id=\"dispatch-letter-changed\"")
        .replace("bpmnElement=\"dispatch-letter\"", "bpmnElement=\"dispatch-letter-changed\"")
        .replace("name=\"Dispatch letter from the outbox\"", "name=\"Send the letter waiting in the outbox\"");

    var deployed = api.deploy(OWNER, "changed-dispatch-letter", "dispatch-letter.bpmn", changed);

    assertThat(deployed.status()).isEqualTo(200);
    var definition = repository.createProcessDefinitionQuery().processDefinitionKey("dispatch-letter-changed")
        .singleResult();
    assertThat(definition.getDeploymentId()).isEqualTo(deployed.body().path("id").asText());
    repository.deleteDeployment(definition.getDeploymentId(), true);
  }

  @Test
  void aPersonsDeploymentWithAnEmbeddedHtmlFormIsRefused() throws IOException {
    long deployments = repository.createDeploymentQuery().count();

    var refused = api.deploy(OWNER, "html-form", "attach-document.html",
        Files.readString(Path.of("forms/attach-document.html")));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().path("message").asText()).contains("attach-document.html", "embedded HTML form");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  private static String probe(String name) throws IOException {
    return Files.readString(Path.of("src/test/resources/policy", name));
  }
}
