package org.claimrecovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.claimrecovery.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * History lasts as long as the operators configure (the test profile: 3650 days, not the models' 2555), for every
 * process and decision, also one deployed after the start, and is removed only inside the configured window.
 */
@IntegrationTest
class HistoryRetentionIT {

  @Autowired RepositoryService repository;
  @Autowired ProcessEngineConfigurationImpl engine;

  @Test
  void everyProcessAndDecisionKeepsItsHistoryForTheConfiguredTime() {
    assertThat(repository.createProcessDefinitionQuery().list()).isNotEmpty()
        .extracting(ProcessDefinition::getHistoryTimeToLive).containsOnly(3650);
    assertThat(repository.createDecisionDefinitionQuery().list()).isNotEmpty()
        .extracting(DecisionDefinition::getHistoryTimeToLive).containsOnly(3650);
    assertThat(engine.getHistoryLevel().getName()).isEqualTo("full");
    assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("23:00");
    assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("04:00");
  }

  @Test
  void aProcessDeployedLaterGetsTheConfiguredTimeWhateverItsModelSays() {
    String deployment = repository.createDeployment().name("retention").addString("retention.bpmn", """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d-retention" targetNamespace="http://claimrecovery.org/test">
          <bpmn:process id="retention" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="started"><bpmn:outgoing>flow</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="flow" sourceRef="started" targetRef="ended"/>
            <bpmn:endEvent id="ended"><bpmn:incoming>flow</bpmn:incoming></bpmn:endEvent>
          </bpmn:process>
        </bpmn:definitions>
        """).deploy().getId();
    try {
      assertThat(repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult()
          .getHistoryTimeToLive()).isEqualTo(3650);
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }
}
