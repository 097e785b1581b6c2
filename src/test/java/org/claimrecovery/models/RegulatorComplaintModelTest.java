package org.claimrecovery.models;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * bpmn/regulator-complaint.bpmn on its own, every path: the complaint prepared behind its guard, checked for its
 * documents, its package sent in its own job and filed by a person or reported through the API, the answer recorded by
 * staff or through the API, and the follow-ups while it is overdue, again every response period. Delegates, the guard
 * and the deadlines bean are mocks.
 */
@ExtendWith(ModelEngine.class)
@Deployment(resources = "bpmn/regulator-complaint.bpmn")
class RegulatorComplaintModelTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension engine = ModelEngine.recordingCoverage("documentationCheck");

  /** Stands in for bpmn/documentation-check.bpmn: every document is on file. */
  static final BpmnModelInstance DOCUMENTATION_CHECK = Bpmn.createExecutableProcess("documentationCheck")
      .camundaHistoryTimeToLive(1)
      .startEvent().endEvent()
      .done();

  static final String CLAIM = "claim-1";

  JavaDelegate openComplaint;
  JavaDelegate sendComplaintPackage;
  JavaDelegate recordComplaintFiling;
  JavaDelegate recordComplaintFollowUp;
  JavaDelegate applyComplaintAnswer;
  TaskListener prepareComplaintGuard;
  ModelEngine.Deadlines deadlines;

  @BeforeEach
  void mockBeans() {
    init(engine.getProcessEngine());
    openComplaint = ModelEngine.mockDelegate("openComplaintDelegate");
    sendComplaintPackage = ModelEngine.mockDelegate("sendComplaintPackageDelegate");
    recordComplaintFiling = ModelEngine.mockDelegate("recordComplaintFilingDelegate");
    recordComplaintFollowUp = ModelEngine.mockDelegate("recordComplaintFollowUpDelegate");
    applyComplaintAnswer = ModelEngine.mockDelegate("applyComplaintAnswerDelegate");
    prepareComplaintGuard = ModelEngine.mockTaskListener("prepareComplaintGuard");
    deadlines = ModelEngine.mockDeadlines();
    engine.manageDeployment(repositoryService().createDeployment()
        .addModelInstance("documentation-check-stub.bpmn", DOCUMENTATION_CHECK).deploy());
  }

  @Test
  void aComplaintIsPreparedCheckedSentFiledAndAnswered() throws Exception {
    Date followUpDue = date("2027-01-08T04:59:59Z");
    Date answerDue = date("2027-02-08T04:59:59Z");
    when(deadlines.followUpDue(any())).thenReturn(followUpDue);
    when(deadlines.complaintResponseDue(any())).thenReturn(answerDue);
    when(deadlines.complaintFollowUpCycle(any())).thenReturn("R12/2027-02-09T05:00:00Z/P30D");
    ProcessInstance complaint = runtimeService().startProcessInstanceByKey("regulatorComplaint", CLAIM,
        withVariables("claimId", CLAIM));
    verify(openComplaint).execute(any());
    assertThat(complaint).isWaitingAt("prepareComplaint");
    assertThat(task(complaint)).hasCandidateGroup("billing-specialists").hasDueDate(followUpDue);

    complete(task(complaint), withVariables("complaintGrounds", "The plan has not paid the IDR award"));
    verify(prepareComplaintGuard).notify(any());
    assertThat(complaint).hasPassed("checkComplaintDocuments");
    // sent by its own job, so that a failed send never undoes the preparation
    assertThat(complaint).isWaitingAt("sendComplaintPackage");
    execute(job("sendComplaintPackage", complaint));
    verify(sendComplaintPackage).execute(any());

    assertThat(complaint).isWaitingAt("submitComplaint");
    assertThat(task(complaint)).hasCandidateGroup("billing-specialists");
    complete(task(complaint), withVariables("complaintFiledOn", "2027-01-09", "complaintReference", "CMS-1"));
    verify(recordComplaintFiling).execute(any());

    assertThat(complaint).hasPassed("complaintFiledInside", "filingOnFile").isWaitingAt("recordComplaintAnswer");
    assertThat(task(complaint)).hasCandidateGroup("billing-specialists").hasDueDate(answerDue);
    assertThat(job("answerOverdue", complaint)).hasDueDate(date("2027-02-09T05:00:00Z"));
    complete(task(complaint), withVariables("complaintAnswer", "JUSTIFIED", "complaintAnsweredOn", "2027-02-01"));
    verify(applyComplaintAnswer).execute(any());
    assertThat(complaint).hasPassed("answerRecorded", "complaintAnswered").isEnded();
    verify(recordComplaintFollowUp, never()).execute(any());
  }

  @Test
  void anOverdueAnswerIsFollowedUpEveryResponsePeriodUntilItArrivesThroughTheApi() throws Exception {
    when(deadlines.complaintFollowUpCycle(any())).thenReturn("R12/2027-02-09T05:00:00Z/P30D");
    ProcessInstance complaint = startBefore("fileComplaint");
    runtimeService().correlateMessage("ComplaintFiled", CLAIM);
    assertThat(complaint).hasPassed("filedThroughApi", "filingOnFile").isWaitingAt("recordComplaintAnswer")
        .isNotWaitingAt("prepareComplaint");

    // a cycle's next date counts from when the timer fires
    ClockUtil.setCurrentTime(date("2027-02-09T05:00:00Z"));
    execute(job("answerOverdue", complaint));
    assertThat(task("followUpComplaint", complaint)).hasCandidateGroup("billing-supervisors");
    assertThat(complaint).isWaitingAt("recordComplaintAnswer", "followUpComplaint");
    complete(task("followUpComplaint", complaint), withVariables("complaintFollowedUpOn", "2027-02-10",
        "complaintFollowUpNote", "Called the help desk"));
    verify(recordComplaintFollowUp).execute(any());
    assertThat(complaint).hasPassed("followedUp").isWaitingAt("recordComplaintAnswer");

    // the cycle goes on: the next follow-up one response period later
    assertThat(job("answerOverdue", complaint)).hasDueDate(date("2027-03-11T05:00:00Z"));
    ClockUtil.setCurrentTime(date("2027-03-11T05:00:00Z"));
    execute(job("answerOverdue", complaint));
    complete(task("followUpComplaint", complaint), withVariables("complaintFollowedUpOn", "2027-03-12",
        "complaintFollowUpNote", "Wrote to the help desk"));
    verify(recordComplaintFollowUp, times(2)).execute(any());

    runtimeService().correlateMessage("ComplaintResolved", CLAIM, withVariables("complaintResult", "ENDED"));
    assertThat(complaint).hasPassed("resolvedThroughApi", "answerRecorded", "complaintAnswered").isEnded();
    org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery()
        .processInstanceId(complaint.getId()).count()).isZero();
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  /** A complaint in the middle, where a path starts. */
  private static ProcessInstance startBefore(String activityId) {
    return runtimeService().createProcessInstanceByKey("regulatorComplaint").businessKey(CLAIM)
        .setVariables(withVariables("claimId", CLAIM))
        .startBeforeActivity(activityId)
        .execute();
  }

  private static Date date(String instant) {
    return Date.from(Instant.parse(instant));
  }
}
