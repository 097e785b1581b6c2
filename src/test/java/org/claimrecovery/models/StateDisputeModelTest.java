package org.claimrecovery.models;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * bpmn/state-dispute.bpmn on its own, every path: the filing prepared behind its guard, its package sent in its own
 * job and filed by a person or reported through the API, the reminder and the missed filing deadline, the state's own
 * step (settled, not settled, or over with no result) where the state has one, the decision recorded by staff or
 * through the API, late (supervisors ask, the task stays), won or lost. Delegates, the guard and the deadlines bean
 * are mocks; the open delegate says whether the state has an own step, as the state's data would.
 */
@ExtendWith(ModelEngine.class)
@Deployment(resources = "bpmn/state-dispute.bpmn")
class StateDisputeModelTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension engine = ModelEngine.recordingCoverage("documentationCheck");

  /** Stands in for bpmn/documentation-check.bpmn: every document is on file. */
  static final BpmnModelInstance DOCUMENTATION_CHECK = Bpmn.createExecutableProcess("documentationCheck")
      .camundaHistoryTimeToLive(1)
      .startEvent().endEvent()
      .done();

  static final String CLAIM = "claim-1";

  JavaDelegate openStateDispute;
  JavaDelegate sendStateDisputeFiling;
  JavaDelegate recordStateDisputeFiling;
  JavaDelegate recordMissedStateDisputeFiling;
  JavaDelegate applyMediationResult;
  JavaDelegate applyStateDisputeDecision;
  TaskListener prepareStateDisputeGuard;
  ModelEngine.Deadlines deadlines;

  @BeforeEach
  void mockBeans() {
    init(engine.getProcessEngine());
    openStateDispute = ModelEngine.mockDelegate("openStateDisputeDelegate");
    sendStateDisputeFiling = ModelEngine.mockDelegate("sendStateDisputeFilingDelegate");
    recordStateDisputeFiling = ModelEngine.mockDelegate("recordStateDisputeFilingDelegate");
    recordMissedStateDisputeFiling = ModelEngine.mockDelegate("recordMissedStateDisputeFilingDelegate");
    applyMediationResult = ModelEngine.mockDelegate("applyMediationResultDelegate");
    applyStateDisputeDecision = ModelEngine.mockDelegate("applyStateDisputeDecisionDelegate");
    prepareStateDisputeGuard = ModelEngine.mockTaskListener("prepareStateDisputeGuard");
    deadlines = ModelEngine.mockDeadlines();
    engine.manageDeployment(repositoryService().createDeployment()
        .addModelInstance("documentation-check-stub.bpmn", DOCUMENTATION_CHECK).deploy());
  }

  @Test
  void aFilingWithoutOwnStepIsPreparedSentFiledAndWon() throws Exception {
    Date filingDue = date("2026-08-31T03:59:59Z");
    Date decisionDue = date("2026-09-30T03:59:59Z");
    when(deadlines.stateDisputeFilingDue(any())).thenReturn(filingDue);
    when(deadlines.stateDisputeDecisionDue(any())).thenReturn(decisionDue);
    opensWithOwnStep(false);
    ProcessInstance dispute = start();
    verify(openStateDispute).execute(any());
    assertThat(dispute).isWaitingAt("prepareStateDispute");
    assertThat(task(dispute)).hasCandidateGroup("billing-specialists").hasDueDate(filingDue);

    complete(task(dispute), withVariables("stateDisputeGrounds", "Below the area's rates",
        "stateDisputeAmount", 1800.0));
    verify(prepareStateDisputeGuard).notify(any());
    assertThat(dispute).hasPassed("checkStateDisputeDocuments");
    // sent by its own job, so that a failed send never undoes the preparation
    assertThat(dispute).isWaitingAt("sendStateDisputeFiling");
    execute(job("sendStateDisputeFiling", dispute));
    verify(sendStateDisputeFiling).execute(any());

    assertThat(dispute).isWaitingAt("submitStateDisputeFiling");
    assertThat(task(dispute)).hasCandidateGroup("billing-specialists").hasDueDate(filingDue);
    complete(task(dispute), withVariables("stateDisputeFiledOn", "2026-08-10", "stateDisputeReference", "TDI-1"));
    verify(recordStateDisputeFiling).execute(any());

    assertThat(dispute).hasPassed("filingDone", "filingOnFile", "ownStepGateway", "decisionAwaited")
        .isWaitingAt("recordStateDisputeDecision");
    assertThat(task(dispute)).hasCandidateGroup("billing-specialists").hasDueDate(decisionDue);
    decides("WON");
    complete(task(dispute), withVariables("stateDisputeDecision", "WON",
        "stateDisputeDecisionAmount", 1500.0, "stateDisputeDecidedOn", "2026-09-20"));
    verify(applyStateDisputeDecision).execute(any());
    assertThat(dispute).hasPassed("decisionRecorded", "whichDecision", "disputeWon").isEnded();
    verify(applyMediationResult, never()).execute(any());
  }

  @Test
  void aStateWithItsOwnStepRecordsItsResultAndASettlementEndsTheDispute() throws Exception {
    Date stepDue = date("2026-09-10T03:59:59Z");
    when(deadlines.stateDisputeOwnStepDue(any())).thenReturn(stepDue);
    opensWithOwnStep(true);
    ProcessInstance dispute = start();
    runtimeService().correlateMessage("StateDisputeFiled", CLAIM);

    assertThat(dispute).hasPassed("filedThroughApi", "filingOnFile", "ownStepGateway").isWaitingAt("recordMediationResult")
        .isNotWaitingAt("prepareStateDispute");
    assertThat(task(dispute)).hasCandidateGroup("billing-specialists").hasDueDate(stepDue);
    doAnswer(invocation -> {
      invocation.<DelegateExecution>getArgument(0).setVariable("stateDisputeResult", "SETTLED");
      return null;
    }).when(applyMediationResult).execute(any());
    complete(task(dispute), withVariables("stateDisputeMediationResult", "SETTLED",
        "stateDisputeSettledAmount", 1400.0, "stateDisputeSettledOn", "2026-09-01"));

    verify(applyMediationResult).execute(any());
    assertThat(dispute).hasPassed("mediationSettled", "disputeSettled").isEnded();
  }

  @Test
  void anOwnStepNotSettledOrOverWithNoResultLeavesTheDecisionToTheBody() throws Exception {
    Date stepOver = date("2026-09-11T04:00:00Z");
    when(deadlines.stateDisputeOwnStepExpiry(any())).thenReturn(stepOver);
    ProcessInstance notSettled = startBefore("recordMediationResult");
    complete(task(notSettled), withVariables("stateDisputeMediationResult", "NOT_SETTLED"));
    assertThat(notSettled).hasPassed("mediationSettled", "decisionAwaited").isWaitingAt("recordStateDisputeDecision");

    ProcessInstance silent = startBefore("recordMediationResult");
    assertThat(job("ownStepEnded", silent)).hasDueDate(stepOver);
    execute(job("ownStepEnded", silent));
    assertThat(silent).hasPassed("ownStepEnded", "decisionAwaited").isWaitingAt("recordStateDisputeDecision")
        .isNotWaitingAt("recordMediationResult");
  }

  @Test
  void supervisorsAreRemindedWhileTheFilingGoesOn() {
    Date reminder = date("2026-08-24T04:00:00Z");
    when(deadlines.stateDisputeFilingReminder(any())).thenReturn(reminder);
    ProcessInstance dispute = startBefore("fileStateDispute");
    assertThat(job("filingReminder", dispute)).hasDueDate(reminder);

    execute(job("filingReminder", dispute));
    assertThat(task("remindStateDisputeUnfiled", dispute)).hasCandidateGroup("billing-supervisors");
    complete(task("remindStateDisputeUnfiled", dispute), withVariables("reminderAcknowledged", true));

    assertThat(dispute).hasPassed("reminderSent").isWaitingAt("prepareStateDispute");
  }

  @Test
  void theFilingDeadlinePassingIsRecordedAndReviewedBySupervisors() throws Exception {
    Date expiry = date("2026-08-31T04:00:00Z");
    when(deadlines.stateDisputeFilingExpiry(any())).thenReturn(expiry);
    ProcessInstance dispute = startBefore("fileStateDispute");
    assertThat(job("filingWindowClosed", dispute)).hasDueDate(expiry);

    execute(job("filingWindowClosed", dispute));

    verify(recordMissedStateDisputeFiling).execute(any());
    assertThat(dispute).isWaitingAt("reviewMissedStateDispute").isNotWaitingAt("prepareStateDispute");
    assertThat(task(dispute)).hasCandidateGroup("billing-supervisors");
    complete(task(dispute), withVariables("missedStateDisputeNote", "Bill came too late"));
    assertThat(dispute).hasPassed("filingMissed").isEnded();
  }

  @Test
  void aLateBodyIsAskedWhileTheDecisionTaskStaysAndALossEndsTheDispute() throws Exception {
    Date overdue = date("2026-10-01T04:00:00Z");
    when(deadlines.stateDisputeDecisionExpiry(any())).thenReturn(overdue);
    ProcessInstance dispute = startBefore("recordStateDisputeDecision");
    assertThat(job("decisionOverdue", dispute)).hasDueDate(overdue);

    execute(job("decisionOverdue", dispute));
    assertThat(task("askBodyForDecision", dispute)).hasCandidateGroup("billing-supervisors");
    assertThat(dispute).isWaitingAt("recordStateDisputeDecision", "askBodyForDecision");
    complete(task("askBodyForDecision", dispute), withVariables("bodyAskedNote", "Decision next week"));
    assertThat(dispute).hasPassed("bodyAsked").isWaitingAt("recordStateDisputeDecision");

    decides("LOST");
    complete(task("recordStateDisputeDecision", dispute), withVariables("stateDisputeDecision", "LOST",
        "stateDisputeDecidedOn", "2026-10-05"));
    assertThat(dispute).hasPassed("whichDecision", "disputeLost").isEnded();
    verify(recordMissedStateDisputeFiling, never()).execute(any());
  }

  @Test
  void aDecisionReportedThroughTheApiEndsTheDecisionTask() {
    ProcessInstance dispute = startBefore("recordStateDisputeDecision");

    runtimeService().correlateMessage("StateDisputeDecision", CLAIM, withVariables("stateDisputeDecision", "WON",
        "stateDisputeResult", "WON"));
    assertThat(dispute).hasPassed("decidedThroughApi", "decisionRecorded", "disputeWon").isEnded();
  }

  private void opensWithOwnStep(boolean ownStep) throws Exception {
    doAnswer(invocation -> {
      invocation.<DelegateExecution>getArgument(0).setVariable("stateDisputeHasOwnStep", ownStep);
      return null;
    }).when(openStateDispute).execute(any());
  }

  /** The decision delegate sets the result as the real one does. */
  private void decides(String result) throws Exception {
    doAnswer(invocation -> {
      invocation.<DelegateExecution>getArgument(0).setVariable("stateDisputeResult", result);
      return null;
    }).when(applyStateDisputeDecision).execute(any());
  }

  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("stateDispute", CLAIM, withVariables("claimId", CLAIM));
  }

  /** A dispute in the middle, where a path starts. */
  private static ProcessInstance startBefore(String activityId) {
    return runtimeService().createProcessInstanceByKey("stateDispute").businessKey(CLAIM)
        .setVariables(withVariables("claimId", CLAIM))
        .startBeforeActivity(activityId)
        .execute();
  }

  private static Date date(String instant) {
    return Date.from(Instant.parse(instant));
  }
}
