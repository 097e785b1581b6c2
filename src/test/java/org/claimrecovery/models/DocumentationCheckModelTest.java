package org.claimrecovery.models;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * bpmn/documentation-check.bpmn on its own: it ends only after a check found every required document on file; while
 * one is missing a billing specialist gathers them, and the check runs again.
 */
@ExtendWith(ModelEngine.class)
@Deployment(resources = "bpmn/documentation-check.bpmn")
class DocumentationCheckModelTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension engine = ModelEngine.recordingCoverage();

  static final Date DOCUMENTS_DUE = Date.from(Instant.parse("2027-02-22T04:59:59Z"));

  JavaDelegate checkRequiredDocuments;
  TaskListener documentsGatheredGuard;
  ModelEngine.Deadlines deadlines;
  /** What each check finds, in turn: true when every document is on file. */
  final Deque<Boolean> checks = new ArrayDeque<>();

  @BeforeEach
  void mockBeans() throws Exception {
    init(engine.getProcessEngine());
    checkRequiredDocuments = ModelEngine.mockDelegate("checkRequiredDocumentsDelegate");
    documentsGatheredGuard = ModelEngine.mockTaskListener("documentsGatheredGuard");
    deadlines = ModelEngine.mockDeadlines();
    when(deadlines.documentsDueDate(any())).thenReturn(DOCUMENTS_DUE);
    doAnswer(invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      boolean complete = checks.pop();
      execution.setVariable("documentsComplete", complete);
      execution.setVariable("missingDocumentsSummary", complete ? "All on file." : "**Itemized bill** missing");
      return null;
    }).when(checkRequiredDocuments).execute(any());
  }

  @Test
  void everyDocumentOnFileEndsTheCheckWithoutATask() throws Exception {
    checks.addAll(List.of(true));

    ProcessInstance check = start();

    assertThat(check).isEnded().hasPassedInOrder("checkRequiredDocuments", "documentationComplete")
        .hasNotPassed("gatherDocuments");
    assertThat(check).variables().containsEntry("documentsComplete", true);
  }

  @Test
  void aMissingDocumentIsGatheredBySpecialistsBeforeTheFilingDeadlineAndCheckedAgain() throws Exception {
    checks.addAll(List.of(false, true));

    ProcessInstance check = start();

    assertThat(check).isWaitingAt("gatherDocuments");
    assertThat(task(check)).hasCandidateGroup("billing-specialists").hasDueDate(DOCUMENTS_DUE);
    assertThat(check).variables().containsEntry("missingDocumentsSummary", "**Itemized bill** missing");
    complete(task(check));

    verify(documentsGatheredGuard).notify(any());
    verify(checkRequiredDocuments, times(2)).execute(any());
    assertThat(check).isEnded().hasPassedInOrder("checkRequiredDocuments", "gatherDocuments",
        "checkRequiredDocuments", "documentationComplete");
  }

  @Test
  void documentsStillMissingAfterGatheringBringTheTaskBack() throws Exception {
    checks.addAll(List.of(false, false, true));

    ProcessInstance check = start();
    complete(task(check));

    assertThat(check).isWaitingAt("gatherDocuments");
    complete(task(check));
    assertThat(check).isEnded();
    verify(checkRequiredDocuments, times(3)).execute(any());
  }

  @Test
  void aRefusedCompletionKeepsTheTaskAndRunsNoCheck() throws Exception {
    checks.addAll(List.of(false));
    ProcessInstance check = start();
    String taskId = task(check).getId();
    doThrow(new RuntimeException("Still missing: Itemized bill")).when(documentsGatheredGuard).notify(any());

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService().complete(taskId))
        .hasMessageContaining("Still missing");

    assertThat(check).isWaitingAt("gatherDocuments");
    org.assertj.core.api.Assertions.assertThat(task(check).getId()).isEqualTo(taskId);
    verify(checkRequiredDocuments, times(1)).execute(any());
  }

  private ProcessInstance start() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("claimId", "claim-1");
    variables.put("claimNumber", "CLM-1");
    variables.put("payerName", "Acme Health Plan");
    variables.put("mechanism", "INTERNAL_APPEAL");
    variables.put("level", 1);
    variables.put("filingDueDate", "2027-03-01");
    return runtimeService().startProcessInstanceByKey("documentationCheck", "claim-1", variables);
  }
}
