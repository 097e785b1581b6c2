package org.claimrecovery.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processDefinitionQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * bpmn/import-remittance.bpmn on its own: a checked file is handed on and the process waits for the import; its
 * report then waits for the person who started it; a refused file refuses the start and leaves no instance.
 */
@ExtendWith(ModelEngine.class)
@Deployment(resources = {"bpmn/import-remittance.bpmn", "forms/read-import-report.form"})
class ImportRemittanceModelTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension engine = ModelEngine.recordingCoverage();

  JavaDelegate checkRemittance;

  @BeforeEach
  void mockBeans() {
    init(engine.getProcessEngine());
    checkRemittance = ModelEngine.mockDelegate("checkRemittanceDelegate");
    ModelEngine.mockDeadlines();
    identityService().setAuthenticatedUserId("specialist");
  }

  @AfterEach
  void logOut() {
    identityService().clearAuthentication();
  }

  @Test
  void aCheckedFileIsImportedAndItsReportWaitsForThePersonWhoStartedIt() throws Exception {
    doAnswer(invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      execution.removeVariable("remittance");
      execution.setVariable("remittanceFileName", "june.835");
      return null;
    }).when(checkRemittance).execute(any());

    ProcessInstance started = submitStartForm();
    assertThat(started).isWaitingAt("awaitRemittanceImport").variables().doesNotContainKey("remittance")
        .containsEntry("starter", "specialist");

    runtimeService().createMessageCorrelation("RemittanceImported").processInstanceId(started.getId())
        .setVariable("remittanceId", "remittance-1").setVariable("importSummary", "**june.835**: 5 claims read")
        .correlate();
    assertThat(started).isWaitingAt("readImportReport");
    assertThat(task()).isAssignedTo("specialist").hasDueDate(ModelEngine.SOME_DEADLINE);
    // a supervisor may take it over (engine/TaskHolders: the candidate groups name who may hold it)
    assertThat(taskService().getIdentityLinksForTask(task().getId())).extracting(link -> link.getGroupId())
        .contains("billing-specialists", "billing-supervisors");

    complete(task());
    assertThat(started).hasPassedInOrder("remittanceSubmitted", "checkRemittance", "awaitRemittanceImport",
        "readImportReport", "importReportRead").isEnded();
  }

  @Test
  void aRefusedFileRefusesTheStartAndLeavesNoInstance() throws Exception {
    doThrow(new IllegalArgumentException("The file is not a valid X12 835")).when(checkRemittance).execute(any());

    assertThatThrownBy(this::submitStartForm).hasMessageContaining("not a valid X12 835");

    assertThat(historyService().createHistoricProcessInstanceQuery().count()).isZero();
  }

  private ProcessInstance submitStartForm() {
    String definitionId = processDefinitionQuery().processDefinitionKey("import-remittance").singleResult().getId();
    Map<String, Object> form = withVariables("remittance", Variables.fileValue("june.835")
        .file("ISA*00*".getBytes(StandardCharsets.US_ASCII)).create());
    return formService().submitStartForm(definitionId, form);
  }
}
