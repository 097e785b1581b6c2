package org.claimrecovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

/**
 * The history level of {@link NoFilesInHistory} on a bare engine: full history except file variables, and a
 * database created under Camunda's own full level starts with it unchanged.
 */
class NoFilesInHistoryTest {

  @Test
  void aDatabaseCreatedUnderFullStartsWithTheLevelAndFilesLeaveNoHistory() {
    String url = "jdbc:h2:mem:history-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    // before this change: Camunda's full level writes its id (3) to ACT_GE_PROPERTY
    engine(url, List.of()).close();

    ProcessEngine engine = engine(url, List.of(new NoFilesInHistory()));
    try {
      var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
      assertThat(configuration.getHistoryLevel()).isInstanceOf(NoFilesInHistory.FullWithoutFiles.class);
      assertThat(configuration.getHistoryLevel().getName()).isEqualTo("full");

      engine.getRepositoryService().createDeployment().addModelInstance("wait.bpmn",
          Bpmn.createExecutableProcess("wait").camundaHistoryTimeToLive(1).startEvent().userTask("work").endEvent()
              .done()).deploy();
      byte[] bytes = "%PDF-1.7 secret".getBytes(StandardCharsets.US_ASCII);
      var instance = engine.getRuntimeService().startProcessInstanceByKey("wait", Variables.createVariables()
          .putValue("note", "kept")
          .putValue("document", Variables.fileValue("x.pdf").file(bytes).mimeType("application/pdf").create()));
      engine.getRuntimeService().setVariable(instance.getId(), "document",
          Variables.fileValue("y.pdf").file(bytes).create());
      engine.getRuntimeService().removeVariable(instance.getId(), "document");

      var history = engine.getHistoryService();
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
          .extracting("name").containsExactly("note");
      assertThat(history.createHistoricDetailQuery().processInstanceId(instance.getId()).variableUpdates().list())
          .extracting("variableName").containsExactly("note");
      assertThat(history.createHistoricVariableInstanceQuery().variableTypeIn("file").count()).isZero();
    } finally {
      engine.close();
    }
  }

  private static ProcessEngine engine(String url, List<org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin> plugins) {
    var configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEnginePlugins(plugins);
    return configuration
        .setProcessEngineName("history-" + UUID.randomUUID())
        .setJdbcUrl(url)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setJobExecutorActivate(false)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .buildProcessEngine();
  }
}
