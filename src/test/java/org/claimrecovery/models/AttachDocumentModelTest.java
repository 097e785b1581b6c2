package org.claimrecovery.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processDefinitionQuery;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * bpmn/attach-document.bpmn on its own: the start form's file is stored with the claim in the start's own
 * transaction, so a refusal reaches the person in Tasklist and leaves no instance behind.
 */
@ExtendWith(ModelEngine.class)
@Deployment(resources = "bpmn/attach-document.bpmn")
class AttachDocumentModelTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension engine = ModelEngine.recordingCoverage();

  JavaDelegate storeAttachedDocument;

  @BeforeEach
  void mockBeans() {
    init(engine.getProcessEngine());
    storeAttachedDocument = ModelEngine.mockDelegate("storeAttachedDocumentDelegate");
  }

  @Test
  void aSubmittedDocumentIsStoredWithTheClaimAndTheInstanceEnds() throws Exception {
    doAnswer(invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      execution.removeVariable("document");
      execution.setVariable("documentId", "document-1");
      return null;
    }).when(storeAttachedDocument).execute(any());

    ProcessInstance attached = submitStartForm();

    assertThat(attached).hasPassedInOrder("documentSubmitted", "storeAttachedDocument", "documentAttached").isEnded()
        .variables().containsEntry("documentId", "document-1").doesNotContainKey("document");
  }

  @Test
  void aRefusedDocumentRefusesTheStartAndLeavesNoInstance() throws Exception {
    doThrow(new IllegalArgumentException("A file is required")).when(storeAttachedDocument).execute(any());

    assertThatThrownBy(this::submitStartForm).hasMessageContaining("A file is required");

    assertThat(historyService().createHistoricProcessInstanceQuery().count()).isZero();
  }

  private ProcessInstance submitStartForm() {
    String definitionId = processDefinitionQuery().processDefinitionKey("attach-document").singleResult().getId();
    Map<String, Object> form = withVariables("claimNumber", "CLM-1", "payerId", "acme", "documentType", "ITEMIZED_BILL",
        "document", Variables.fileValue("bill.pdf").file("%PDF-1.7".getBytes(StandardCharsets.UTF_8)).create());
    return formService().submitStartForm(definitionId, form);
  }
}
