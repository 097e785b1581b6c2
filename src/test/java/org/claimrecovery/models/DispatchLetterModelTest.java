package org.claimrecovery.models;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** bpmn/dispatch-letter.bpmn on its own: a specialist dispatches an outbox letter, the service records it. */
@ExtendWith(ModelEngine.class)
@Deployment(resources = "bpmn/dispatch-letter.bpmn")
class DispatchLetterModelTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension engine = ModelEngine.recordingCoverage();

  JavaDelegate recordLetterDispatch;
  ModelEngine.Deadlines deadlines;

  @BeforeEach
  void mockBeans() {
    init(engine.getProcessEngine());
    recordLetterDispatch = ModelEngine.mockDelegate("recordLetterDispatchDelegate");
    deadlines = ModelEngine.mockDeadlines();
  }

  @Test
  void aLetterInTheOutboxIsDispatchedByASpecialistAndRecorded() throws Exception {
    Date followUpDue = Date.from(Instant.parse("2026-07-09T23:59:59Z"));
    when(deadlines.followUpDue(any())).thenReturn(followUpDue);

    ProcessInstance letter = runtimeService().startProcessInstanceByKey("dispatch-letter", "claim-1");

    assertThat(letter).isWaitingAt("dispatchLetter");
    assertThat(task(letter)).hasCandidateGroup("billing-specialists").hasDueDate(followUpDue);
    complete(task(letter), withVariables("dispatchedOn", "2026-07-02", "dispatchProof", "9400 1000 0000 0000 0000 00"));

    verify(recordLetterDispatch).execute(any());
    assertThat(letter).hasPassedInOrder("dispatchLetter", "recordLetterDispatch").isEnded()
        .hasPassed("letterDispatched");
  }
}
