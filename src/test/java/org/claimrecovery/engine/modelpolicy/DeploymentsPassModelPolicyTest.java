package org.claimrecovery.engine.modelpolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The policy's place in a bare engine (no Spring): every new deployment passes it before the engine's own
 * deployers, a person's as strictly as the service's release, and definitions deployed earlier are reloaded
 * into the cache without being checked again.
 */
class DeploymentsPassModelPolicyTest {

  static final String WAIT_THEN_DELEGATE = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="waitDefinitions" targetNamespace="http://claimrecovery.org/bpmn">
        <bpmn:process id="wait" isExecutable="true" camunda:historyTimeToLive="1">
          <bpmn:startEvent id="start" />
          <bpmn:sequenceFlow id="startToWork" sourceRef="start" targetRef="work" />
          <bpmn:userTask id="work" />
          <bpmn:sequenceFlow id="workToRecord" sourceRef="work" targetRef="record" />
          <bpmn:serviceTask id="record" camunda:delegateExpression="${recordOldStyleDelegate}" />
        </bpmn:process>
      </bpmn:definitions>
      """;

  static final String DATABASE = "jdbc:h2:mem:policy-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  static final List<ProcessEngine> ENGINES = new ArrayList<>();
  /** Its policy knows the delegate of {@link #WAIT_THEN_DELEGATE} and the one of the embedded form's process. */
  static ProcessEngine engine;

  @BeforeAll
  static void startEngine() {
    engine = engine(Set.of("recordOldStyleDelegate", "storeAttachedDocumentDelegate"));
  }

  @AfterAll
  static void closeEngines() {
    ENGINES.forEach(ProcessEngine::close);
  }

  @Test
  void theServicesReleaseShipsItsEmbeddedFormAPersonsDeploymentMayNot() throws IOException {
    long deployments = engine.getRepositoryService().createDeploymentQuery().count();
    String html = Files.readString(Path.of("forms/attach-document.html"));

    engine.getRepositoryService().createDeployment().addString("forms/attach-document.html", html).deploy();

    engine.getIdentityService().setAuthenticatedUserId("owner");
    try {
      assertThatThrownBy(() -> engine.getRepositoryService().createDeployment()
          .addString("attach-document.html", html).deploy())
          .isInstanceOf(ParseException.class).hasMessageContaining("attach-document.html: an embedded HTML form");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments + 1);
  }

  @Test
  void aRefusedReleaseStopsWithEveryProblemPerResourceAndLeavesNothingBehind() throws IOException {
    long deployments = engine.getRepositoryService().createDeploymentQuery().count();
    long jobs = engine.getManagementService().createJobQuery().count();
    var deployment = engine.getRepositoryService().createDeployment()
        .addString("bpmn/probe-shell-command.bpmn",
            Files.readString(Path.of("src/test/resources/policy/probe-shell-command.bpmn")))
        .addString("bpmn/probe-sql-query.bpmn",
            Files.readString(Path.of("src/test/resources/policy/probe-sql-query.bpmn")));

    assertThatThrownBy(deployment::deploy).isInstanceOfSatisfying(ParseException.class, refused -> {
      assertThat(refused.getMessage()).contains(
          "bpmn/probe-shell-command.bpmn, element runCommand: camunda:expression ${",
          "bpmn/probe-sql-query.bpmn, element countUsers: camunda:expression ${jdbcClient.sql(");
      assertThat(refused.getResorceReports()).extracting(ResourceReport::getResourceName)
          .containsExactly("bpmn/probe-shell-command.bpmn", "bpmn/probe-sql-query.bpmn");
      assertThat(refused.getResorceReports().get(1).getErrors()).singleElement()
          .satisfies(problem -> assertThat(problem.getMainElementId()).isEqualTo("countUsers"));
    });
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(engine.getManagementService().createJobQuery().count()).isEqualTo(jobs);
  }

  /** E.g. a delegate renamed in a later release while cases of the old version still run. */
  @Test
  void aDefinitionDeployedEarlierIsReloadedWithoutBeingCheckedAgain() {
    engine.getRepositoryService().createDeployment().addString("wait.bpmn", WAIT_THEN_DELEGATE).deploy();

    ProcessEngine later = engine(Set.of("recordNewStyleDelegate"));
    assertThatThrownBy(() -> later.getRepositoryService().createDeployment()
        .addString("wait.bpmn", WAIT_THEN_DELEGATE).deploy())
        .isInstanceOf(ParseException.class).hasMessageContaining("${recordOldStyleDelegate} is not a delegate bean");

    var instance = later.getRuntimeService().startProcessInstanceByKey("wait");
    assertThat(later.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
  }

  /** A bare engine on this test's database whose policy knows the given delegates. */
  static ProcessEngine engine(Set<String> delegates) {
    var configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneInMemProcessEngineConfiguration();
    List<Deployer> preDeployers = List.of(new DeploymentsPassModelPolicy.Checking(
        new ModelPolicy(delegates, Set.of("expiryOf"))));
    configuration.setCustomPreDeployers(preDeployers);
    ProcessEngine built = configuration
        .setProcessEngineName("policy-" + UUID.randomUUID())
        .setJdbcUrl(DATABASE)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setJobExecutorActivate(false)
        .buildProcessEngine();
    ENGINES.add(built);
    return built;
  }
}
