package org.claimrecovery.models;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
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
 * bpmn/federal-idr.bpmn on its own, every path: an ineligible dispute to the supervisors, the initiation behind its
 * guard with the notice in its own job, a batch's lead waiting for its claims and a claim filed in another's batch, filed by staff or reported through the API, the window closing unfiled or
 * nearly so, the entity, the offers and the determination recorded by staff or reported through the API, and the
 * result: won, lost, or settled (by the determination form or through the API) and reported. Delegates, the guard
 * and the deadlines bean are mocks.
 */
@ExtendWith(ModelEngine.class)
@Deployment(resources = "bpmn/federal-idr.bpmn")
class FederalIdrModelTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension engine = ModelEngine.recordingCoverage();

  static final String CLAIM = "claim-1";

  /** What the determination's prevailing party makes of the case, as the real delegate records it. */
  static final Map<String, String> RESULT_OF = Map.of("PROVIDER", "WON", "PAYER", "LOST", "SETTLED", "SETTLED");

  JavaDelegate checkIdrEligibility;
  JavaDelegate recordIneligibleDispute;
  JavaDelegate sendIdrInitiationNotice;
  JavaDelegate recordIdrInitiated;
  JavaDelegate recordIdrWindowMissed;
  JavaDelegate recordIdrEntitySelected;
  JavaDelegate recordIdrOffersSubmitted;
  JavaDelegate recordIdrDetermination;
  JavaDelegate recordCoolingOffEnded;
  TaskListener idrInitiationGuard;
  TaskListener idrTaskSummaries;
  ModelEngine.Deadlines deadlines;

  @BeforeEach
  void mockBeans() throws Exception {
    init(engine.getProcessEngine());
    checkIdrEligibility = ModelEngine.mockDelegate("checkIdrEligibilityDelegate");
    recordIneligibleDispute = ModelEngine.mockDelegate("recordIneligibleDisputeDelegate");
    sendIdrInitiationNotice = ModelEngine.mockDelegate("sendIdrInitiationNoticeDelegate");
    recordIdrInitiated = ModelEngine.mockDelegate("recordIdrInitiatedDelegate");
    recordIdrWindowMissed = ModelEngine.mockDelegate("recordIdrWindowMissedDelegate");
    recordIdrEntitySelected = ModelEngine.mockDelegate("recordIdrEntitySelectedDelegate");
    recordIdrOffersSubmitted = ModelEngine.mockDelegate("recordIdrOffersSubmittedDelegate");
    recordIdrDetermination = ModelEngine.mockDelegate("recordIdrDeterminationDelegate");
    recordCoolingOffEnded = ModelEngine.mockDelegate("recordCoolingOffEndedDelegate");
    idrInitiationGuard = ModelEngine.mockTaskListener("idrInitiationGuard");
    idrTaskSummaries = ModelEngine.mockTaskListener("idrTaskSummariesDelegate");
    deadlines = ModelEngine.mockDeadlines();
    determinationRecordsTheResult();
    guardSendingTo("FILE");
  }

  @Test
  void anIneligibleDisputeGoesToTheSupervisorsAndEndsRecorded() throws Exception {
    eligibilityAnswering(false);

    ProcessInstance idr = start();
    assertThat(idr).hasPassed("checkIdrEligibility", "ineligible").isWaitingAt("reviewIneligibleDispute");
    assertThat(task(idr)).hasCandidateGroup("billing-supervisors");
    complete(task(idr), withVariables("ineligibleNote", "Cooling-off period with this payer until 2026-09-01"));

    verify(recordIneligibleDispute).execute(any());
    assertThat(idr).hasPassed("recordIneligibleDispute", "disputeIneligible").isEnded();
    verify(sendIdrInitiationNotice, never()).execute(any());
  }

  @Test
  void anEligibleDisputeIsPreparedNotifiedFiledAndWonStepByStep() throws Exception {
    eligibilityAnswering(true);
    Date initiationDue = date("2026-07-20T23:59:59Z");
    Date windowClosed = date("2026-07-21T00:00:00Z");
    Date escalation = date("2026-07-16T00:00:00Z");
    Date selectionDue = date("2026-07-24T23:59:59Z");
    Date offersDue = date("2026-08-07T23:59:59Z");
    Date determinationDue = date("2026-09-04T23:59:59Z");
    when(deadlines.idrInitiationDue(any())).thenReturn(initiationDue);
    when(deadlines.idrInitiationExpiry(any())).thenReturn(windowClosed);
    when(deadlines.idrInitiationEscalationDate(any())).thenReturn(escalation);
    when(deadlines.idrDueDate(any(), eq("IDRE_SELECTION"))).thenReturn(selectionDue);
    when(deadlines.idrDueDate(any(), eq("IDR_OFFER_SUBMISSION"))).thenReturn(offersDue);
    when(deadlines.idrDueDate(any(), eq("IDR_DETERMINATION"))).thenReturn(determinationDue);

    ProcessInstance idr = start();
    verify(checkIdrEligibility).execute(any());
    assertThat(idr).isWaitingAt("prepareIdrInitiation");
    assertThat(task(idr)).hasCandidateGroup("billing-specialists").hasDueDate(initiationDue);
    assertThat(job("idrWindowClosed", idr)).hasDueDate(windowClosed);
    assertThat(job("idrInitiationAtRisk", idr)).hasDueDate(escalation);

    complete(task(idr), withVariables("offerAmount", 2400.0, "offerJustification", "Complex case, high acuity"));
    verify(idrInitiationGuard).notify(any());
    // sent by its own job, so that a failed send never undoes the preparation
    assertThat(idr).isWaitingAt("sendIdrInitiationNotice");
    execute(job("sendIdrInitiationNotice", idr));
    verify(sendIdrInitiationNotice).execute(any());

    assertThat(idr).isWaitingAt("submitIdrInitiation");
    assertThat(task(idr)).hasCandidateGroup("billing-specialists").hasDueDate(initiationDue);
    complete(task(idr), withVariables("disputeNumber", "DISP-123456", "initiatedOn", "2026-07-17"));
    verify(recordIdrInitiated).execute(any());
    assertThat(idr).hasPassed("idrInitiationFiled", "idrInitiated").isWaitingAt("recordEntitySelection");
    assertThat(task(idr)).hasCandidateGroup("billing-specialists").hasDueDate(selectionDue);

    complete(task(idr), withVariables("idrEntity", "Certified Entity LLC", "selectedOn", "2026-07-21"));
    verify(recordIdrEntitySelected).execute(any());
    assertThat(idr).hasPassed("entitySelected").isWaitingAt("recordOfferSubmission");
    assertThat(task(idr)).hasCandidateGroup("billing-specialists").hasDueDate(offersDue);

    complete(task(idr), withVariables("submittedOn", "2026-07-30", "offerAmount", 2400.0, "feesPaid", 465.0));
    verify(recordIdrOffersSubmitted).execute(any());
    assertThat(idr).hasPassed("offersSubmitted").isWaitingAt("recordDetermination");
    assertThat(task(idr)).hasCandidateGroup("billing-specialists").hasDueDate(determinationDue);

    complete(task(idr), withVariables("prevailingParty", "PROVIDER", "determinationAmount", 2400.0,
        "determinedOn", "2026-08-28"));
    verify(recordIdrDetermination).execute(any());
    assertThat(idr).hasPassed("determined", "idrProceedingsEnded", "idrConcluded", "idrWon").isEnded()
        .variables().containsEntry("idrResult", "WON");
  }

  @Test
  void aDeterminationForThePayerEndsLost() {
    ProcessInstance idr = startBefore("recordDetermination");

    complete(task(idr), withVariables("prevailingParty", "PAYER", "determinationAmount", 900.0,
        "determinedOn", "2026-08-28"));

    assertThat(idr).hasPassed("idrLost").hasNotPassed("idrWon").isEnded()
        .variables().containsEntry("idrResult", "LOST");
  }

  @Test
  void aSettlementRecordedAsTheDeterminationIsReportedToTheDepartmentsAndTheEntity() {
    Date settlementNoticeDue = date("2026-08-31T23:59:59Z");
    when(deadlines.idrDueDate(any(), eq("IDR_SETTLEMENT_NOTICE"))).thenReturn(settlementNoticeDue);
    ProcessInstance idr = startBefore("recordDetermination");

    complete(task(idr), withVariables("prevailingParty", "SETTLED", "determinationAmount", 1900.0,
        "determinedOn", "2026-08-26"));
    assertThat(idr).isWaitingAt("reportIdrSettlement");
    assertThat(task(idr)).hasCandidateGroup("billing-specialists").hasDueDate(settlementNoticeDue);
    complete(task(idr), withVariables("reportedOn", "2026-08-27"));

    assertThat(idr).hasPassed("idrSettled").isEnded().variables().containsEntry("idrResult", "SETTLED");
  }

  @Test
  void aSettlementReportedThroughTheApiEndsTheStepsStillOpenAndIsReported() throws Exception {
    ProcessInstance idr = startBefore("recordOfferSubmission");

    runtimeService().correlateMessage("IdrSettled", CLAIM, withVariables("idrResult", "SETTLED"));
    assertThat(idr).hasPassed("idrSettledThroughApi", "idrConcluded").isWaitingAt("reportIdrSettlement")
        .isNotWaitingAt("recordOfferSubmission");
    complete(task(idr), withVariables("reportedOn", "2026-08-27"));

    assertThat(idr).hasPassed("idrSettled").isEnded();
    verify(recordIdrOffersSubmitted, never()).execute(any());
    verify(recordIdrDetermination, never()).execute(any());
  }

  @Test
  void anInitiationReportedThroughTheApiEndsTheInitiationTasks() throws Exception {
    ProcessInstance idr = startBefore("prepareIdrInitiation");

    runtimeService().correlateMessage("IdrInitiated", CLAIM);

    assertThat(idr).hasPassed("idrInitiatedThroughApi", "idrInitiated").isWaitingAt("recordEntitySelection")
        .isNotWaitingAt("prepareIdrInitiation");
    verify(sendIdrInitiationNotice, never()).execute(any());
    verify(recordIdrInitiated, never()).execute(any());
  }

  @Test
  void theWindowClosingUnfiledIsRecordedAndGoesToTheSupervisorsReview() throws Exception {
    ProcessInstance idr = startBefore("submitIdrInitiation");

    execute(job("idrWindowClosed", idr));

    verify(recordIdrWindowMissed).execute(any());
    assertThat(idr).hasPassed("recordIdrWindowMissed", "ineligible").isWaitingAt("reviewIneligibleDispute")
        .isNotWaitingAt("submitIdrInitiation");
    complete(task(idr), withVariables("ineligibleNote", "Filed too late; appeal sent instead"));
    assertThat(idr).hasPassed("disputeIneligible").isEnded();
  }

  @Test
  void anInitiationStillOpenOnTheEscalationDayAlertsSupervisorsWhilePreparationGoesOn() {
    Date initiationDue = date("2026-07-20T23:59:59Z");
    when(deadlines.idrInitiationDue(any())).thenReturn(initiationDue);
    ProcessInstance idr = startBefore("prepareIdrInitiation");

    execute(job("idrInitiationAtRisk", idr));
    assertThat(task("alertIdrInitiationAtRisk", idr)).hasCandidateGroup("billing-supervisors")
        .hasDueDate(initiationDue);
    complete(task("alertIdrInitiationAtRisk", idr), withVariables("alertAcknowledged", true));

    assertThat(idr).hasPassed("idrInitiationAlerted").isWaitingAt("prepareIdrInitiation");
  }

  @Test
  void anEntitySelectedThroughTheApiGoesOnToTheOffers() throws Exception {
    ProcessInstance idr = startBefore("recordEntitySelection");

    runtimeService().correlateMessage("IdrEntitySelected", CLAIM);

    assertThat(idr).hasPassed("idrEntitySelectedThroughApi", "entitySelected").isWaitingAt("recordOfferSubmission");
    verify(recordIdrEntitySelected, never()).execute(any());
  }

  @Test
  void offersSubmittedThroughTheApiGoOnToTheDetermination() throws Exception {
    ProcessInstance idr = startBefore("recordOfferSubmission");

    runtimeService().correlateMessage("IdrOffersSubmitted", CLAIM);

    assertThat(idr).hasPassed("idrOffersSubmittedThroughApi", "offersSubmitted").isWaitingAt("recordDetermination");
    verify(recordIdrOffersSubmitted, never()).execute(any());
  }

  @Test
  void aDeterminationReportedThroughTheApiEndsWithItsResult() throws Exception {
    ProcessInstance idr = startBefore("recordDetermination");

    runtimeService().correlateMessage("IdrDetermination", CLAIM, withVariables("idrResult", "WON"));

    assertThat(idr).hasPassed("idrDeterminationThroughApi", "determined", "idrWon").isEnded();
    verify(recordIdrDetermination, never()).execute(any());
  }

  @Test
  void aClaimHeldByACoolingOffPeriodWaitsItOutThenIsCheckedAgain() throws Exception {
    Date holdEnds = date("2026-11-23T05:00:00Z");
    when(deadlines.idrHoldExpiry(any())).thenReturn(holdEnds);
    doAnswer(invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      // held the first time, eligible once the cooling-off period ended
      boolean first = !Boolean.TRUE.equals(execution.getVariable("checkedBefore"));
      execution.setVariable("checkedBefore", true);
      execution.setVariable("idrEligible", !first);
      execution.setVariable("idrHeldUntil", first ? "2026-11-22" : null);
      execution.setVariable("idrEligibilitySummary", first ? "Held by a cooling-off period" : "Eligible");
      return null;
    }).when(checkIdrEligibility).execute(any());

    ProcessInstance idr = start();
    assertThat(idr).isWaitingAt("coolingOffPeriodEnded");
    assertThat(job("coolingOffPeriodEnded", idr)).hasDueDate(holdEnds);
    verify(recordIneligibleDispute, never()).execute(any());

    execute(job("coolingOffPeriodEnded", idr));
    verify(recordCoolingOffEnded).execute(any());
    assertThat(idr).hasPassed("recordCoolingOffEnded", "eligibilityDue").isWaitingAt("prepareIdrInitiation");
  }

  @Test
  void theLeadOfABatchStillPreparingWaitsForItsClaimsThenFiles() throws Exception {
    ProcessInstance idr = startBefore("prepareIdrInitiation");
    guardSendingTo("AWAIT_BATCH");

    complete(task(idr), withVariables("offerAmount", 1800.0, "offerJustification", "acuity",
        "batchClaimNumbers", "CLM-2, CLM-3"));
    assertThat(idr).hasPassed("filedHow").isWaitingAt("awaitBatchedClaims");
    verify(sendIdrInitiationNotice, never()).execute(any());

    runtimeService().correlateMessage("IdrBatchPrepared", CLAIM);
    assertThat(idr).hasPassed("batchReady").isWaitingAt("sendIdrInitiationNotice");
    // the window's timers still watch the lead
    assertThat(job("idrWindowClosed", idr)).isNotNull();
  }

  @Test
  void aClaimInAnotherClaimsBatchLeavesTheFilingToTheLeadAndEndsWithItsResult() throws Exception {
    ProcessInstance idr = startBefore("prepareIdrInitiation");
    guardSendingTo("FILED_BY_LEAD");

    complete(task(idr), withVariables("offerAmount", 1200.0, "offerJustification", "acuity"));
    assertThat(idr).hasPassed("leftToBatchLead", "filedInBatch").isWaitingAt("awaitBatchDecision");
    // its own window no longer watches it: the lead files for the batch
    org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery().processInstanceId(idr.getId()).timers().count()).isZero();
    verify(sendIdrInitiationNotice, never()).execute(any());

    runtimeService().correlateMessage("IdrBatchConcluded", CLAIM, withVariables("idrResult", "WON"));
    assertThat(idr).hasPassed("concludedWithBatch").isEnded().variables().containsEntry("idrResult", "WON");
  }

  @Test
  void noEntityAfterTheDepartmentsDayAsksSupervisorsWhileTheSelectionStaysOpen() throws Exception {
    Date selectionDue = date("2026-07-21T23:59:59Z");
    Date departmentsDayOver = date("2026-07-25T00:00:00Z");
    when(deadlines.idrDueDate(any(), eq("IDRE_SELECTION"))).thenReturn(selectionDue);
    when(deadlines.expiryOf(any(), eq("IDRE_DEPARTMENT_SELECTION"))).thenReturn(departmentsDayOver);
    ProcessInstance idr = startBefore("recordEntitySelection");
    assertThat(job("entitySelectionOverdue", idr)).hasDueDate(departmentsDayOver);

    execute(job("entitySelectionOverdue", idr));
    assertThat(task("askDepartmentsForEntity", idr)).hasCandidateGroup("billing-supervisors")
        .hasName("Entity not selected: ask the Departments");
    // its form's dates are read when it opens
    verify(idrTaskSummaries).notify(any());
    complete(task("askDepartmentsForEntity", idr), withVariables("departmentsAsked", true));

    assertThat(idr).hasPassed("entitySelectionAlerted").isWaitingAt("recordEntitySelection");
    // still due when the parties' window ends
    assertThat(task("recordEntitySelection", idr)).hasDueDate(selectionDue);
    complete(task("recordEntitySelection", idr), withVariables("idrEntity", "EXAMPLE_ENTITY_A",
        "selectedOn", "2026-07-24", "selectedBy", "DEPARTMENTS"));
    assertThat(idr).isWaitingAt("recordOfferSubmission");
  }

  @Test
  void noOfferOnTheEscalationDayAlertsSupervisorsWithTheDayItIsDue() throws Exception {
    Date escalation = date("2026-07-27T00:00:00Z");
    Date offersDue = date("2026-08-03T23:59:59Z");
    when(deadlines.escalationDateOf(any(), eq("IDR_OFFER_SUBMISSION"))).thenReturn(escalation);
    when(deadlines.idrDueDate(any(), eq("IDR_OFFER_SUBMISSION"))).thenReturn(offersDue);
    ProcessInstance idr = startBefore("recordOfferSubmission");
    // the offer's form shows the fees due, read when it opens
    verify(idrTaskSummaries).notify(any());
    assertThat(job("offersDueSoon", idr)).hasDueDate(escalation);

    execute(job("offersDueSoon", idr));
    assertThat(task("alertOffersNotRecorded", idr)).hasCandidateGroup("billing-supervisors")
        .hasName("Offer or fees not recorded: submit before the deadline").hasDueDate(offersDue);
    complete(task("alertOffersNotRecorded", idr), withVariables("alertAcknowledged", true));

    assertThat(idr).hasPassed("offersAlerted").isWaitingAt("recordOfferSubmission");
  }

  @Test
  void noDeterminationAfterItsDeadlineSendsSupervisorsToThePortal() throws Exception {
    Date determinationOver = date("2026-09-01T00:00:00Z");
    when(deadlines.expiryOf(any(), eq("IDR_DETERMINATION"))).thenReturn(determinationOver);
    ProcessInstance idr = startBefore("recordDetermination");
    assertThat(job("determinationOverdue", idr)).hasDueDate(determinationOver);

    execute(job("determinationOverdue", idr));
    assertThat(task("checkOverdueDetermination", idr)).hasCandidateGroup("billing-supervisors")
        .hasName("Determination overdue: check the portal");
    complete(task("checkOverdueDetermination", idr), withVariables("portalChecked", true));

    assertThat(idr).hasPassed("determinationAlerted").isWaitingAt("recordDetermination");
    complete(task("recordDetermination", idr), withVariables("prevailingParty", "PAYER",
        "determinationAmount", 900.0, "determinedOn", "2026-09-02"));
    assertThat(idr).hasPassed("idrLost").isEnded();
  }

  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("federalIdr", CLAIM, withVariables("claimId", CLAIM));
  }

  /** A federal IDR in the middle, where a path starts. */
  private static ProcessInstance startBefore(String activityId) {
    return runtimeService().createProcessInstanceByKey("federalIdr").businessKey(CLAIM)
        .setVariables(withVariables("claimId", CLAIM))
        .startBeforeActivity(activityId)
        .execute();
  }

  /** As the real check: whether the dispute may go to federal IDR, and why in words. */
  private void eligibilityAnswering(boolean eligible) throws Exception {
    doAnswer(invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      execution.setVariable("idrEligible", eligible);
      execution.setVariable("idrHeldUntil", null);
      execution.setVariable("idrEligibilitySummary", eligible ? "Eligible" : "Cooling-off period with this payer");
      return null;
    }).when(checkIdrEligibility).execute(any());
  }

  /** As the real guard on a preparation that passed: where the process goes next (afterIdrPreparation). */
  private void guardSendingTo(String afterPreparation) {
    doAnswer(invocation -> {
      DelegateTask task = invocation.getArgument(0);
      task.getExecution().setVariable("afterIdrPreparation", afterPreparation);
      return null;
    }).when(idrInitiationGuard).notify(any());
  }

  /** As the real delegate: the prevailing party staff recorded becomes idrResult. */
  private void determinationRecordsTheResult() throws Exception {
    doAnswer(invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      execution.setVariable("idrResult", RESULT_OF.get((String) execution.getVariable("prevailingParty")));
      return null;
    }).when(recordIdrDetermination).execute(any());
  }

  private static Date date(String instant) {
    return Date.from(Instant.parse(instant));
  }
}
