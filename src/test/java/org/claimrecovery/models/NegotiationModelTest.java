package org.claimrecovery.models;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Iterator;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.claimrecovery.process.DecisionRefused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * bpmn/negotiation.bpmn on its own, every path: preparation behind its guard, alone or in a bundle, the notice by
 * e-mail or through the outbox, the wait for the payer's answer (API or staff), follow-up, counteroffer, hold,
 * settlement and the end of the period. Delegates and the deadlines bean are mocks.
 */
@ExtendWith(ModelEngine.class)
@Deployment(resources = "bpmn/negotiation.bpmn")
class NegotiationModelTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension engine = ModelEngine.recordingCoverage();

  static final String CLAIM = "claim-1";

  JavaDelegate openNegotiation;
  TaskListener prepareNegotiationGuard;
  JavaDelegate sendOpenNegotiationNotice;
  JavaDelegate recordDispatch;
  JavaDelegate recordPayerResponse;
  JavaDelegate sendFollowUp;
  JavaDelegate sendCounteroffer;
  JavaDelegate settleNegotiation;
  JavaDelegate failNegotiation;
  TaskListener payerResponseRecordGuard;
  TaskListener payerResponseDecisionGuard;
  ModelEngine.Deadlines deadlines;

  @BeforeEach
  void mockBeans() {
    init(engine.getProcessEngine());
    openNegotiation = ModelEngine.mockDelegate("openNegotiationDelegate");
    prepareNegotiationGuard = ModelEngine.mockTaskListener("prepareNegotiationGuard");
    sendOpenNegotiationNotice = ModelEngine.mockDelegate("sendOpenNegotiationNoticeDelegate");
    recordDispatch = ModelEngine.mockDelegate("recordDispatchDelegate");
    recordPayerResponse = ModelEngine.mockDelegate("recordPayerResponseDelegate");
    sendFollowUp = ModelEngine.mockDelegate("sendFollowUpDelegate");
    sendCounteroffer = ModelEngine.mockDelegate("sendCounterofferDelegate");
    settleNegotiation = ModelEngine.mockDelegate("settleNegotiationDelegate");
    failNegotiation = ModelEngine.mockDelegate("failNegotiationDelegate");
    payerResponseRecordGuard = ModelEngine.mockTaskListener("payerResponseRecordGuard");
    payerResponseDecisionGuard = ModelEngine.mockTaskListener("payerResponseDecisionGuard");
    deadlines = ModelEngine.mockDeadlines();
  }

  @Test
  void aPreparedClaimSendsItsNoticeByEmailAndWaitsForThePayersAnswerFromTheApiOrStaff() throws Exception {
    preparationCheckAnswering("SEND_NOTICE");
    noticeSent(true);
    Date noticeDue = date("2026-07-14T23:59:59Z");
    Date noticeEscalation = date("2026-07-07T00:00:00Z");
    Date periodEnded = date("2026-08-26T00:00:00Z");
    Date followUpDue = date("2026-07-29T00:00:00Z");
    when(deadlines.noticeDueDate(any())).thenReturn(noticeDue);
    when(deadlines.noticeEscalationDate(any())).thenReturn(noticeEscalation);
    Date periodDue = date("2026-08-25T23:59:59Z");
    when(deadlines.negotiationPeriodExpiry(any())).thenReturn(periodEnded);
    when(deadlines.negotiationPeriodDue(any())).thenReturn(periodDue);
    when(deadlines.payerFollowUpDate(any())).thenReturn(followUpDue);

    ProcessInstance negotiation = start();
    verify(openNegotiation).execute(any());
    assertThat(negotiation).isWaitingAt("prepareNegotiation");
    assertThat(task(negotiation)).hasCandidateGroup("billing-specialists").hasDueDate(noticeDue);
    assertThat(job("noticeUnsentAtRisk", negotiation)).hasDueDate(noticeEscalation);

    complete(task(negotiation), withVariables("targetAmount", 2400.0, "justification", "Complex case"));
    // sent by its own job, so that a failed send never undoes the preparation
    verify(prepareNegotiationGuard).notify(any());
    assertThat(negotiation).hasPassed("negotiatedHow", "noticeReady").isWaitingAt("sendOpenNegotiationNotice");
    execute(job("sendOpenNegotiationNotice", negotiation));

    assertThat(negotiation).hasPassed("awaitingPayer").isWaitingAt("payerResponded", "recordPayerResponse");
    // an answer taken by phone is recorded before the period ends
    assertThat(task("recordPayerResponse", negotiation)).hasDueDate(periodDue);
    assertThat(job("openNegotiationPeriodEnded", negotiation)).hasDueDate(periodEnded);
    assertThat(job("payerSilent", negotiation)).hasDueDate(followUpDue);
  }

  @Test
  void anIncompletePreparationIsRefusedAndTheTaskStaysWithItsPerson() throws Exception {
    preparationCheckAnswering(null, "SEND_NOTICE");
    ProcessInstance negotiation = start();
    Task prepare = task(negotiation);
    taskService().claim(prepare.getId(), "specialist");

    assertThatThrownBy(() -> complete(prepare)).hasMessageContaining("cannot be sent yet");
    assertThat(negotiation).isWaitingAt("prepareNegotiation");
    org.assertj.core.api.Assertions.assertThat(task(negotiation).getId()).isEqualTo(prepare.getId());
    assertThat(task(negotiation)).isAssignedTo("specialist");
    complete(task(negotiation));

    assertThat(negotiation).isWaitingAt("sendOpenNegotiationNotice");
  }

  @Test
  void aNoticeStillUnsentAtTheEscalationDayAlertsSupervisorsWhilePreparationGoesOn() {
    ProcessInstance negotiation = startBefore("prepareNegotiation");

    execute(job("noticeUnsentAtRisk", negotiation));
    assertThat(task("alertUnsentNotice", negotiation)).hasCandidateGroup("billing-supervisors");
    complete(task("alertUnsentNotice", negotiation));

    assertThat(negotiation).hasPassed("unsentNoticeAlerted").isWaitingAt("prepareNegotiation");
  }

  @Test
  void theLeadOfABundleStillPreparingSendsTheNoticeOnceEveryClaimIsPrepared() throws Exception {
    preparationCheckAnswering("AWAIT_BUNDLED_CLAIMS");
    ProcessInstance negotiation = start();

    complete(task(negotiation));
    assertThat(negotiation).isWaitingAt("awaitBundledClaims");
    runtimeService().correlateMessage("BundlePrepared", CLAIM);

    assertThat(negotiation).hasPassed("noticeReady").isWaitingAt("sendOpenNegotiationNotice");
  }

  @Test
  void aBundleNoticeStillUnsentAtTheEscalationDayAlertsSupervisorsWhileTheLeadWaits() {
    ProcessInstance negotiation = startBefore("awaitBundledClaims");

    execute(job("bundleUnsentAtRisk", negotiation));
    assertThat(task("alertUnsentBundleNotice", negotiation)).hasCandidateGroup("billing-supervisors");
    complete(task("alertUnsentBundleNotice", negotiation));

    assertThat(negotiation).hasPassed("unsentBundleNoticeAlerted").isWaitingAt("awaitBundledClaims");
  }

  @Test
  void aClaimInABundleAnotherClaimLeadsEndsWithTheBundlesOutcome() throws Exception {
    preparationCheckAnswering("NEGOTIATED_BY_LEAD");
    ProcessInstance negotiation = start();

    complete(task(negotiation));
    assertThat(negotiation).isWaitingAt("awaitBundleOutcome");
    runtimeService().correlateMessage("BundleNegotiationEnded", CLAIM, withVariables("negotiationResult", "SETTLED"));

    assertThat(negotiation).hasPassed("negotiationEndedInBundle").isEnded()
        .variables().containsEntry("negotiationResult", "SETTLED");
    verify(sendOpenNegotiationNotice, never()).execute(any());
  }

  @Test
  void aNoticeInTheOutboxWaitsForItsConfirmedDispatchBeforeThePayerIsAwaited() throws Exception {
    noticeSent(false);
    Date noticeDue = date("2026-07-14T23:59:59Z");
    when(deadlines.noticeDueDate(any())).thenReturn(noticeDue);
    ProcessInstance negotiation = startBefore("sendOpenNegotiationNotice");

    execute(job("sendOpenNegotiationNotice", negotiation));
    assertThat(negotiation).isWaitingAt("confirmDispatch");
    assertThat(task(negotiation)).hasCandidateGroup("billing-specialists").hasDueDate(noticeDue);
    complete(task(negotiation), withVariables("dispatchedOn", "2026-07-01", "dispatchProof", "fax report 123"));

    verify(recordDispatch).execute(any());
    assertThat(negotiation).isWaitingAt("payerResponded", "recordPayerResponse");
  }

  @Test
  void aPayerAnswerThroughTheApiEndsTheWaitAndASettlementEndsTheNegotiation() throws Exception {
    ProcessInstance negotiation = startBefore("awaitPayerResponse");

    runtimeService().correlateMessage("PayerResponse", CLAIM);
    assertThat(negotiation).hasPassed("responseArrived").isWaitingAt("evaluatePayerResponse")
        .isNotWaitingAt("recordPayerResponse");
    assertThat(task(negotiation)).hasCandidateGroup("billing-specialists");
    complete(task(negotiation), withVariables("negotiationDecision", "SETTLE"));

    verify(payerResponseDecisionGuard).notify(any());
    verify(settleNegotiation).execute(any());
    assertThat(negotiation).hasPassed("negotiationSettled").isEnded();
  }

  @Test
  void anAnswerStaffRecordEndsTheWaitTheSameWay() throws Exception {
    ProcessInstance negotiation = startBefore("awaitPayerResponse");

    assertThat(task("recordPayerResponse", negotiation)).hasCandidateGroup("billing-specialists");
    complete(task("recordPayerResponse", negotiation), withVariables("responseType", "REJECTED"));

    verify(payerResponseRecordGuard).notify(any());
    verify(recordPayerResponse).execute(any());
    assertThat(negotiation).hasPassed("responseRecorded").isWaitingAt("evaluatePayerResponse")
        .isNotWaitingAt("payerResponded");
  }

  @Test
  void aCounterofferGoesOutAndTheNegotiationWaitsForThePayerAgain() throws Exception {
    ProcessInstance negotiation = startBefore("evaluatePayerResponse");

    complete(task(negotiation), withVariables("negotiationDecision", "COUNTER", "counterAmount", 2000.0));
    assertThat(negotiation).isWaitingAt("sendCounteroffer");
    execute(job("sendCounteroffer", negotiation));

    verify(sendCounteroffer).execute(any());
    assertThat(negotiation).isWaitingAt("payerResponded", "recordPayerResponse");
  }

  @Test
  void holdingKeepsWaitingForThePayerWithoutALetter() throws Exception {
    ProcessInstance negotiation = startBefore("evaluatePayerResponse");

    complete(task(negotiation), withVariables("negotiationDecision", "HOLD"));

    assertThat(negotiation).hasPassed("awaitingPayer").isWaitingAt("payerResponded", "recordPayerResponse");
    verify(sendCounteroffer, never()).execute(any());
  }

  @Test
  void aSilentPayerGetsAFollowUpLetterAndTheWaitGoesOn() throws Exception {
    ProcessInstance negotiation = startBefore("awaitPayerResponse");

    execute(job("payerSilent", negotiation));
    execute(job("sendFollowUp", negotiation));

    verify(sendFollowUp).execute(any());
    assertThat(negotiation).hasPassed("followUpSent").isWaitingAt("payerResponded", "recordPayerResponse");
  }

  @Test
  void theEndOfTheNegotiationPeriodFailsTheNegotiationWhateverTheWaitWasAt() throws Exception {
    ProcessInstance negotiation = startBefore("awaitPayerResponse");

    execute(job("openNegotiationPeriodEnded", negotiation));

    verify(failNegotiation).execute(any());
    assertThat(negotiation).hasPassed("negotiationFailed").isEnded();
  }

  @Test
  void theEndOfTheNegotiationPeriodInterruptsAnEvaluationStillOpen() throws Exception {
    Date lastDay = date("2026-07-14T23:59:59Z");
    Date periodEnded = date("2026-07-15T00:00:00Z");
    when(deadlines.negotiationPeriodDue(any())).thenReturn(lastDay);
    when(deadlines.negotiationPeriodExpiry(any())).thenReturn(periodEnded);
    ProcessInstance negotiation = startBefore("evaluatePayerResponse");
    assertThat(task(negotiation)).hasDueDate(lastDay);
    assertThat(job("periodEndedDuringEvaluation", negotiation)).hasDueDate(periodEnded);

    execute(job("periodEndedDuringEvaluation", negotiation));

    verify(failNegotiation).execute(any());
    assertThat(negotiation).hasPassed("periodEndedDuringEvaluation", "failNegotiation", "negotiationFailed")
        .isEnded();
  }

  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("negotiation", CLAIM, withVariables("claimId", CLAIM));
  }

  /** A negotiation in the middle, where a path starts. */
  private static ProcessInstance startBefore(String activityId) {
    return runtimeService().createProcessInstanceByKey("negotiation").businessKey(CLAIM)
        .setVariables(withVariables("claimId", CLAIM))
        .startBeforeActivity(activityId)
        .execute();
  }

  /**
   * As the real guard: complete with where the negotiation goes next (an AfterPreparation), or refused (null) with
   * the task staying, one answer per completion.
   */
  private void preparationCheckAnswering(String... afterPreparation) {
    Iterator<String> answers = Arrays.asList(afterPreparation).iterator();
    doAnswer(invocation -> {
      DelegateTask task = invocation.getArgument(0);
      String next = answers.next();
      if (next == null) {
        throw new DecisionRefused("targetAmount", "The notice cannot be sent yet: set the reimbursement target.");
      }
      task.getExecution().setVariable("afterPreparation", next);
      return null;
    }).when(prepareNegotiationGuard).notify(any());
  }

  /** As the real delegate: an e-mail is sent at once, a mail, fax or portal letter waits in the outbox. */
  private void noticeSent(boolean byEmail) throws Exception {
    doAnswer(invocation -> {
      ((DelegateExecution) invocation.getArgument(0)).setVariable("noticeAwaitsDispatch", !byEmail);
      return null;
    }).when(sendOpenNegotiationNotice).execute(any());
  }

  private static Date date(String instant) {
    return Date.from(Instant.parse(instant));
  }
}
