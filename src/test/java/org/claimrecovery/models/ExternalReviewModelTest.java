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
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
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
 * bpmn/external-review.bpmn on its own, every path: the request prepared behind its guard, its package sent in its
 * own job and submitted by a person or reported through the API, the reminder and the missed request deadline, the
 * reviewer's decision recorded by staff or through the API, late (supervisors ask, the task stays), overturned, or
 * upheld and decided by a supervisor. Delegates, the guard and the deadlines bean are mocks.
 */
@ExtendWith(ModelEngine.class)
@Deployment(resources = "bpmn/external-review.bpmn")
class ExternalReviewModelTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension engine = ModelEngine.recordingCoverage("documentationCheck");

  /** Stands in for bpmn/documentation-check.bpmn: every document is on file. */
  static final BpmnModelInstance DOCUMENTATION_CHECK = Bpmn.createExecutableProcess("documentationCheck")
      .camundaHistoryTimeToLive(1)
      .startEvent().endEvent()
      .done();

  static final String CLAIM = "claim-1";

  JavaDelegate openExternalReview;
  JavaDelegate sendExternalReviewRequest;
  JavaDelegate recordExternalReviewRequest;
  JavaDelegate recordMissedExternalReviewRequest;
  JavaDelegate applyExternalReviewDecision;
  JavaDelegate recordAfterUpheld;
  TaskListener prepareExternalReviewGuard;
  ModelEngine.Deadlines deadlines;

  @BeforeEach
  void mockBeans() {
    init(engine.getProcessEngine());
    openExternalReview = ModelEngine.mockDelegate("openExternalReviewDelegate");
    sendExternalReviewRequest = ModelEngine.mockDelegate("sendExternalReviewRequestDelegate");
    recordExternalReviewRequest = ModelEngine.mockDelegate("recordExternalReviewRequestDelegate");
    recordMissedExternalReviewRequest = ModelEngine.mockDelegate("recordMissedExternalReviewRequestDelegate");
    applyExternalReviewDecision = ModelEngine.mockDelegate("applyExternalReviewDecisionDelegate");
    recordAfterUpheld = ModelEngine.mockDelegate("recordAfterUpheldDelegate");
    prepareExternalReviewGuard = ModelEngine.mockTaskListener("prepareExternalReviewGuard");
    deadlines = ModelEngine.mockDeadlines();
    engine.manageDeployment(repositoryService().createDeployment()
        .addModelInstance("documentation-check-stub.bpmn", DOCUMENTATION_CHECK).deploy());
  }

  @Test
  void aRequestIsPreparedSentSubmittedAndOverturned() throws Exception {
    Date requestDue = date("2027-03-02T04:59:59Z");
    Date decisionDue = date("2027-02-15T04:59:59Z");
    when(deadlines.externalReviewRequestDue(any())).thenReturn(requestDue);
    when(deadlines.externalReviewDecisionDue(any())).thenReturn(decisionDue);
    ProcessInstance review = start();
    verify(openExternalReview).execute(any());
    assertThat(review).isWaitingAt("prepareExternalReview");
    assertThat(task(review)).hasCandidateGroup("billing-specialists").hasDueDate(requestDue);

    complete(task(review), withVariables("externalReviewGrounds", "Medically necessary", "externalReviewer",
        "Acme IRO, PO Box 1", "externalReviewChannel", "MAIL"));
    verify(prepareExternalReviewGuard).notify(any());
    assertThat(review).hasPassed("checkExternalReviewDocuments");
    // sent by its own job, so that a failed send never undoes the preparation
    assertThat(review).isWaitingAt("sendExternalReviewRequest");
    execute(job("sendExternalReviewRequest", review));
    verify(sendExternalReviewRequest).execute(any());

    assertThat(review).isWaitingAt("submitExternalReviewRequest");
    assertThat(task(review)).hasCandidateGroup("billing-specialists").hasDueDate(requestDue);
    complete(task(review), withVariables("externalReviewRequestedOn", "2026-12-01",
        "externalReviewRequestProof", "USPS 9400"));
    verify(recordExternalReviewRequest).execute(any());

    assertThat(review).hasPassed("requestFiled", "requestOnFile").isWaitingAt("recordExternalReviewDecision");
    assertThat(task(review)).hasCandidateGroup("billing-specialists").hasDueDate(decisionDue);
    complete(task(review), withVariables("externalReviewDecision", "OVERTURNED",
        "externalReviewDecisionAmount", 30000.0, "externalReviewDecidedOn", "2027-01-10"));
    verify(applyExternalReviewDecision).execute(any());
    assertThat(review).hasPassed("reviewDecided", "whichDecision", "reviewOverturned").isEnded();
  }

  @Test
  void aRequestAndADecisionReportedThroughTheApiEndTheirSteps() {
    ProcessInstance review = startBefore("prepareExternalReview");

    runtimeService().correlateMessage("ExternalReviewRequested", CLAIM);
    assertThat(review).hasPassed("requestedThroughApi", "requestOnFile").isWaitingAt("recordExternalReviewDecision")
        .isNotWaitingAt("prepareExternalReview");

    runtimeService().correlateMessage("ExternalReviewDecision", CLAIM, withVariables("externalReviewDecision",
        "OVERTURNED", "externalReviewResult", "OVERTURNED"));
    assertThat(review).hasPassed("decidedThroughApi", "reviewDecided", "reviewOverturned").isEnded();
  }

  @Test
  void supervisorsAreRemindedWhileTheRequestGoesOn() {
    Date reminder = date("2027-02-22T05:00:00Z");
    when(deadlines.externalReviewRequestReminder(any())).thenReturn(reminder);
    ProcessInstance review = startBefore("requestExternalReview");
    assertThat(job("requestReminder", review)).hasDueDate(reminder);

    execute(job("requestReminder", review));
    assertThat(task("remindExternalReviewUnrequested", review)).hasCandidateGroup("billing-supervisors");
    complete(task("remindExternalReviewUnrequested", review), withVariables("reminderAcknowledged", true));

    assertThat(review).hasPassed("reminderSent").isWaitingAt("prepareExternalReview");
  }

  @Test
  void theRequestDeadlinePassingIsRecordedAndReviewedBySupervisors() throws Exception {
    Date expiry = date("2027-03-02T05:00:00Z");
    when(deadlines.externalReviewRequestExpiry(any())).thenReturn(expiry);
    ProcessInstance review = startBefore("requestExternalReview");
    assertThat(job("requestWindowClosed", review)).hasDueDate(expiry);

    execute(job("requestWindowClosed", review));

    verify(recordMissedExternalReviewRequest).execute(any());
    assertThat(review).isWaitingAt("reviewMissedExternalReview").isNotWaitingAt("prepareExternalReview");
    complete(task(review), withVariables("missedExternalReviewNote", "Records came too late"));
    assertThat(review).hasPassed("requestMissed").isEnded();
  }

  @Test
  void aLateReviewerIsAskedWhileTheDecisionTaskStaysAndAnUpheldReviewGoesToASupervisor() throws Exception {
    Date overdue = date("2027-01-16T05:00:00Z");
    when(deadlines.externalReviewDecisionExpiry(any())).thenReturn(overdue);
    ProcessInstance review = startBefore("recordExternalReviewDecision");
    assertThat(job("decisionOverdue", review)).hasDueDate(overdue);

    execute(job("decisionOverdue", review));
    assertThat(task("askReviewerForDecision", review)).hasCandidateGroup("billing-supervisors");
    assertThat(review).isWaitingAt("recordExternalReviewDecision", "askReviewerForDecision");
    complete(task("askReviewerForDecision", review), withVariables("reviewerAskedNote", "Decision next week"));
    assertThat(review).hasPassed("reviewerAsked").isWaitingAt("recordExternalReviewDecision");

    complete(task("recordExternalReviewDecision", review), withVariables("externalReviewDecision", "UPHELD",
        "externalReviewDecidedOn", "2027-01-20"));
    assertThat(review).hasPassed("whichDecision").isWaitingAt("decideAfterUpheld");
    assertThat(task(review)).hasCandidateGroup("billing-supervisors");
    complete(task(review), withVariables("afterUpheldChoice", "COMPLAINT", "afterUpheldNote", "Plan ignored records"));

    verify(recordAfterUpheld).execute(any());
    verify(recordMissedExternalReviewRequest, never()).execute(any());
    assertThat(review).hasPassed("reviewUpheld").isEnded();
  }

  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("externalReview", CLAIM, withVariables("claimId", CLAIM));
  }

  /** A review in the middle, where a path starts. */
  private static ProcessInstance startBefore(String activityId) {
    return runtimeService().createProcessInstanceByKey("externalReview").businessKey(CLAIM)
        .setVariables(withVariables("claimId", CLAIM))
        .startBeforeActivity(activityId)
        .execute();
  }

  private static Date date(String instant) {
    return Date.from(Instant.parse(instant));
  }
}
