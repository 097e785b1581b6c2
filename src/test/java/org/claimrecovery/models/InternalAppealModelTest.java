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
 * bpmn/internal-appeal.bpmn on its own, every path: a level prepared behind its guard, its letter sent in its own
 * job and filed by e-mail or from the outbox or through the API, the reminders and the missed filing deadline, the
 * payer's decision recorded by staff or through the API or not made in time, and the outcomes: overturned, partly
 * overturned accepted or declined, upheld with another level or at the last. Delegates, the guard and the deadlines
 * bean are mocks.
 */
@ExtendWith(ModelEngine.class)
@Deployment(resources = "bpmn/internal-appeal.bpmn")
class InternalAppealModelTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension engine = ModelEngine.recordingCoverage("documentationCheck");

  /** Stands in for bpmn/documentation-check.bpmn: every document is on file. */
  static final BpmnModelInstance DOCUMENTATION_CHECK = Bpmn.createExecutableProcess("documentationCheck")
      .camundaHistoryTimeToLive(1)
      .startEvent().endEvent()
      .done();

  static final String CLAIM = "claim-1";

  JavaDelegate openAppealLevel;
  JavaDelegate sendAppealLetter;
  JavaDelegate recordAppealDispatch;
  JavaDelegate applyAppealDecision;
  JavaDelegate recordPayerMissedDecision;
  JavaDelegate acceptPartialOverturn;
  JavaDelegate recordMissedAppealFiling;
  TaskListener prepareAppealGuard;
  ModelEngine.Deadlines deadlines;

  @BeforeEach
  void mockBeans() throws Exception {
    init(engine.getProcessEngine());
    openAppealLevel = ModelEngine.mockDelegate("openAppealLevelDelegate");
    sendAppealLetter = ModelEngine.mockDelegate("sendAppealLetterDelegate");
    recordAppealDispatch = ModelEngine.mockDelegate("recordAppealDispatchDelegate");
    applyAppealDecision = ModelEngine.mockDelegate("applyAppealDecisionDelegate");
    recordPayerMissedDecision = ModelEngine.mockDelegate("recordPayerMissedDecisionDelegate");
    acceptPartialOverturn = ModelEngine.mockDelegate("acceptPartialOverturnDelegate");
    recordMissedAppealFiling = ModelEngine.mockDelegate("recordMissedAppealFilingDelegate");
    prepareAppealGuard = ModelEngine.mockTaskListener("prepareAppealGuard");
    deadlines = ModelEngine.mockDeadlines();
    engine.manageDeployment(repositoryService().createDeployment()
        .addModelInstance("documentation-check-stub.bpmn", DOCUMENTATION_CHECK).deploy());
    letterSent(false);
    decisionOnTheLevel(true);
  }

  @Test
  void aLevelIsPreparedSentByEmailAndOverturned() throws Exception {
    Date filingDue = date("2026-11-28T04:59:59Z");
    Date decisionDue = date("2027-01-27T04:59:59Z");
    when(deadlines.appealFilingDue(any())).thenReturn(filingDue);
    when(deadlines.appealDecisionDue(any())).thenReturn(decisionDue);
    ProcessInstance appeal = start();
    verify(openAppealLevel).execute(any());
    assertThat(appeal).isWaitingAt("prepareAppeal");
    assertThat(task(appeal)).hasCandidateGroup("billing-specialists").hasDueDate(filingDue);

    complete(task(appeal), withVariables("appealGrounds", "Medically necessary: see the records"));
    verify(prepareAppealGuard).notify(any());
    assertThat(appeal).hasPassed("checkAppealDocuments");
    // sent by its own job, so that a failed send never undoes the preparation
    assertThat(appeal).isWaitingAt("sendAppealLetter");
    execute(job("sendAppealLetter", appeal));

    assertThat(appeal).hasPassed("letterFiled", "levelFiled", "levelOnFile").isWaitingAt("recordAppealDecision");
    assertThat(task(appeal)).hasCandidateGroup("billing-specialists").hasDueDate(decisionDue);
    complete(task(appeal), withVariables("appealDecision", "OVERTURNED", "appealDecisionAmount", 2400.0,
        "appealDecidedOn", "2026-12-20"));

    verify(applyAppealDecision).execute(any());
    assertThat(appeal).hasPassed("levelDecided", "whichDecision", "appealOverturned").isEnded();
  }

  @Test
  void aLetterInTheOutboxIsFiledByItsDispatchAndAnUpheldFirstLevelOpensTheSecond() throws Exception {
    letterSent(true);
    decisionOnTheLevel(false);
    ProcessInstance appeal = startBefore("sendAppealLetter");
    execute(job("sendAppealLetter", appeal));

    assertThat(appeal).hasPassed("sentHow").isWaitingAt("confirmAppealDispatch");
    complete(task(appeal), withVariables("dispatchedOn", "2026-10-01", "dispatchProof", "USPS 9400"));
    verify(recordAppealDispatch).execute(any());
    assertThat(appeal).isWaitingAt("recordAppealDecision");

    // the payer upheld the first of two levels, reported through the API
    runtimeService().correlateMessage("AppealDecision", CLAIM, withVariables("appealDecision", "UPHELD",
        "appealLastLevel", false));
    assertThat(appeal).hasPassed("appealDecidedThroughApi", "levelDecided", "anotherLevel", "levelDue")
        .isWaitingAt("prepareAppeal");
    // the second level opens: its filing starts again
    verify(openAppealLevel).execute(any());
    verify(applyAppealDecision, never()).execute(any());
  }

  @Test
  void aPartlyOverturnedAmountIsAcceptedOrTheAppealGoesOn() {
    ProcessInstance accepted = startBefore("recordAppealDecision");
    complete(task(accepted), withVariables("appealDecision", "PARTIALLY_OVERTURNED",
        "appealDecisionAmount", 1200.0, "appealDecidedOn", "2026-12-20"));
    assertThat(accepted).hasPassed("whichDecision").isWaitingAt("decidePartialOverturn");
    complete(task(accepted), withVariables("partialOverturnChoice", "ACCEPT"));
    assertThat(accepted).hasPassed("acceptAmount", "acceptPartialOverturn", "partialAccepted").isEnded();

    ProcessInstance declined = startBefore("decidePartialOverturn");
    complete(task(declined), withVariables("partialOverturnChoice", "GO_ON", "appealLastLevel", true));
    assertThat(declined).hasPassed("acceptAmount", "anotherLevel", "appealUpheld").isEnded();
  }

  @Test
  void anUpheldLastLevelEndsTheInternalAppeal() {
    ProcessInstance appeal = startBefore("recordAppealDecision");

    complete(task(appeal), withVariables("appealDecision", "UPHELD", "appealDecidedOn", "2026-12-20"));

    assertThat(appeal).hasPassed("whichDecision", "anotherLevel", "appealUpheld").isEnded();
  }

  @Test
  void aFilingReportedThroughTheApiEndsTheFilingSteps() {
    ProcessInstance appeal = startBefore("prepareAppeal");

    runtimeService().correlateMessage("AppealFiled", CLAIM);

    assertThat(appeal).hasPassed("appealFiledThroughApi", "levelOnFile").isWaitingAt("recordAppealDecision")
        .isNotWaitingAt("prepareAppeal");
  }

  @Test
  void supervisorsAreRemindedTwiceWhileTheFilingGoesOn() {
    Date firstReminder = date("2026-10-29T04:00:00Z");
    Date lastReminder = date("2026-11-18T05:00:00Z");
    when(deadlines.appealFirstReminder(any())).thenReturn(firstReminder);
    when(deadlines.appealLastReminder(any())).thenReturn(lastReminder);
    ProcessInstance appeal = startBefore("fileAppeal");
    assertThat(job("firstReminder", appeal)).hasDueDate(firstReminder);
    assertThat(job("lastReminder", appeal)).hasDueDate(lastReminder);

    execute(job("firstReminder", appeal));
    assertThat(task("remindAppealUnfiled", appeal)).hasCandidateGroup("billing-supervisors");
    complete(task("remindAppealUnfiled", appeal), withVariables("reminderAcknowledged", true));
    execute(job("lastReminder", appeal));
    complete(task("remindAppealUnfiled", appeal), withVariables("reminderAcknowledged", true));

    assertThat(appeal).hasPassed("reminderDue", "reminderSent").isWaitingAt("prepareAppeal");
  }

  @Test
  void theFilingDeadlinePassingIsRecordedAndReviewedBySupervisors() {
    ProcessInstance appeal = startBefore("fileAppeal");

    execute(job("filingWindowClosed", appeal));

    assertThat(appeal).hasPassed("recordMissedAppealFiling").isWaitingAt("reviewMissedAppeal")
        .isNotWaitingAt("prepareAppeal");
    complete(task(appeal), withVariables("missedAppealNote", "Records came too late; written off"));
    assertThat(appeal).hasPassed("appealFilingMissed").isEnded();
  }

  @Test
  void aPayerSilentPastItsDeadlineExhaustsTheInternalAppeal() throws Exception {
    Date decisionOverdue = date("2027-01-28T05:00:00Z");
    when(deadlines.appealDecisionExpiry(any())).thenReturn(decisionOverdue);
    ProcessInstance appeal = startBefore("recordAppealDecision");
    assertThat(job("decisionOverdue", appeal)).hasDueDate(decisionOverdue);

    execute(job("decisionOverdue", appeal));

    verify(recordPayerMissedDecision).execute(any());
    assertThat(appeal).hasPassed("appealExhausted").isEnded();
  }

  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("internalAppeal", CLAIM, withVariables("claimId", CLAIM));
  }

  /** An appeal in the middle, where a path starts. */
  private static ProcessInstance startBefore(String activityId) {
    return runtimeService().createProcessInstanceByKey("internalAppeal").businessKey(CLAIM)
        .setVariables(withVariables("claimId", CLAIM, "appealLevel", 1, "appealLastLevel", true,
            "appealLetterAwaitsDispatch", false))
        .startBeforeActivity(activityId)
        .execute();
  }

  /** As the real delegate: an e-mailed letter files the level, one for the outbox waits for its dispatch. */
  private void letterSent(boolean toTheOutbox) throws Exception {
    doAnswer(invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      execution.setVariable("appealLetterAwaitsDispatch", toTheOutbox);
      return null;
    }).when(sendAppealLetter).execute(any());
  }

  /** As the real delegate: the decision staff recorded, and whether its level is the plan's last. */
  private void decisionOnTheLevel(boolean lastLevel) throws Exception {
    doAnswer(invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      execution.setVariable("appealLastLevel", lastLevel);
      return null;
    }).when(applyAppealDecision).execute(any());
  }

  private static Date date(String instant) {
    return Date.from(Instant.parse(instant));
  }
}
