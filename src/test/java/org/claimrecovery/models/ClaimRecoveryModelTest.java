package org.claimrecovery.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
 * bpmn/claim-recovery.bpmn on its own, every path: classification by the real decision table, the wait for the
 * payer's payment, the review and its escalation, the negotiation stage (a stub here: it has its own model test),
 * the settlement payment and the dispute handover. Delegates and the deadlines bean are mocks.
 */
@ExtendWith(ModelEngine.class)
@Deployment(resources = {"bpmn/claim-recovery.bpmn", "bpmn/dispute-pathway.dmn"})
class ClaimRecoveryModelTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension engine = ModelEngine.recordingCoverage("negotiation", "federalIdr",
      "internalAppeal", "externalReview", "stateDispute", "regulatorComplaint");

  /** Stands in for bpmn/negotiation.bpmn: it waits until a test completes it with the stage's result. */
  static final BpmnModelInstance NEGOTIATION_STAGE = Bpmn.createExecutableProcess("negotiation")
      .camundaHistoryTimeToLive(1)
      .startEvent().userTask("negotiating").endEvent()
      .done();

  /** Stands in for bpmn/federal-idr.bpmn: it waits until a test completes it with the stage's result. */
  static final BpmnModelInstance FEDERAL_IDR_STAGE = Bpmn.createExecutableProcess("federalIdr")
      .camundaHistoryTimeToLive(1)
      .startEvent().userTask("inFederalIdr").endEvent()
      .done();

  /** Stands in for bpmn/internal-appeal.bpmn: it waits until a test completes it with the appeal's result. */
  static final BpmnModelInstance INTERNAL_APPEAL_STAGE = Bpmn.createExecutableProcess("internalAppeal")
      .camundaHistoryTimeToLive(1)
      .startEvent().userTask("inInternalAppeal").endEvent()
      .done();

  /** Stands in for bpmn/external-review.bpmn: it waits until a test completes it with the review's result. */
  static final BpmnModelInstance EXTERNAL_REVIEW_STAGE = Bpmn.createExecutableProcess("externalReview")
      .camundaHistoryTimeToLive(1)
      .startEvent().userTask("inExternalReview").endEvent()
      .done();

  /** Stands in for bpmn/state-dispute.bpmn: it waits until a test completes it with the dispute's result. */
  static final BpmnModelInstance STATE_DISPUTE_STAGE = Bpmn.createExecutableProcess("stateDispute")
      .camundaHistoryTimeToLive(1)
      .startEvent().userTask("inStateDispute").endEvent()
      .done();

  /** Stands in for bpmn/regulator-complaint.bpmn: it waits until a test completes it with the complaint's result. */
  static final BpmnModelInstance REGULATOR_COMPLAINT_STAGE = Bpmn.createExecutableProcess("regulatorComplaint")
      .camundaHistoryTimeToLive(1)
      .startEvent().userTask("inRegulatorComplaint").endEvent()
      .done();

  static final String CLAIM = "claim-1";

  JavaDelegate recordPathway;
  JavaDelegate escalateReview;
  JavaDelegate recordReviewDecision;
  JavaDelegate closeCase;
  JavaDelegate endNegotiationAtFilingBound;
  JavaDelegate recordPayment;
  JavaDelegate closeSettledCase;
  TaskListener reviewDecisionGuard;
  TaskListener missedPaymentNextStepGuard;
  TaskListener missedInitialPaymentNextStepGuard;
  ModelEngine.Deadlines deadlines;

  @BeforeEach
  void mockBeansAndStubTheNegotiationStage() {
    init(engine.getProcessEngine());
    recordPathway = ModelEngine.mockDelegate("recordPathwayDelegate");
    escalateReview = ModelEngine.mockDelegate("escalateReviewDelegate");
    recordReviewDecision = ModelEngine.mockDelegate("recordReviewDecisionDelegate");
    closeCase = ModelEngine.mockDelegate("closeCaseDelegate");
    endNegotiationAtFilingBound = ModelEngine.mockDelegate("endNegotiationAtFilingBoundDelegate");
    recordPayment = ModelEngine.mockDelegate("recordPaymentDelegate");
    closeSettledCase = ModelEngine.mockDelegate("closeSettledCaseDelegate");
    reviewDecisionGuard = ModelEngine.mockTaskListener("reviewDecisionGuard");
    missedPaymentNextStepGuard = ModelEngine.mockTaskListener("missedPaymentNextStepGuard");
    missedInitialPaymentNextStepGuard = ModelEngine.mockTaskListener("missedInitialPaymentNextStepGuard");
    deadlines = ModelEngine.mockDeadlines();
    engine.manageDeployment(repositoryService().createDeployment()
        .addModelInstance("negotiation-stage-stub.bpmn", NEGOTIATION_STAGE)
        .addModelInstance("federal-idr-stage-stub.bpmn", FEDERAL_IDR_STAGE)
        .addModelInstance("internal-appeal-stage-stub.bpmn", INTERNAL_APPEAL_STAGE)
        .addModelInstance("external-review-stage-stub.bpmn", EXTERNAL_REVIEW_STAGE)
        .addModelInstance("state-dispute-stage-stub.bpmn", STATE_DISPUTE_STAGE)
        .addModelInstance("regulator-complaint-stage-stub.bpmn", REGULATOR_COMPLAINT_STAGE).deploy());
  }

  @Test
  void aClaimIsClassifiedByTheDecisionTableAndItsKnownPaymentIsReviewedByTheProviderDeadline() throws Exception {
    recordPathwayAnswering(true);
    Date providerDeadline = date("2026-07-14T23:59:59Z");
    Date escalationDay = date("2026-07-07T00:00:00Z");
    when(deadlines.providerDueDate(any())).thenReturn(providerDeadline);
    when(deadlines.escalationDate(any())).thenReturn(escalationDay);

    ProcessInstance claim = runtimeService().startProcessInstanceByKey("claim-recovery", CLAIM, emergencyUnderTheNsa());

    assertThat(claim).hasPassedInOrder("claimReceived", "classifyClaim", "recordPathway")
        .isWaitingAt("reviewInitialPayment")
        .variables().containsEntry("pathway", "FEDERAL_IDR");
    assertThat(task(claim)).hasCandidateGroup("billing-specialists").hasDueDate(providerDeadline);
    assertThat(task(claim).getFollowUpDate()).isEqualTo(escalationDay);
    assertThat(job("reviewAtRisk", claim)).hasDueDate(escalationDay);
  }

  @Test
  void aClaimWithoutPaymentWaitsForItAndIsClassifiedAgainWhenItArrives() throws Exception {
    recordPathwayAnswering(false, true);
    Date paymentDeadlinePassed = date("2026-07-02T00:00:00Z");
    when(deadlines.payerDecisionExpiry(any())).thenReturn(paymentDeadlinePassed);

    ProcessInstance claim = runtimeService().startProcessInstanceByKey("claim-recovery", CLAIM, emergencyUnderTheNsa());
    assertThat(claim).isWaitingAt("awaitInitialPayment");
    assertThat(job("initialPaymentOverdue", claim)).hasDueDate(paymentDeadlinePassed);

    runtimeService().correlateMessage("InitialPaymentReceived", CLAIM);

    verify(recordPathway, times(2)).execute(any());
    assertThat(claim).isWaitingAt("reviewInitialPayment");
  }

  @Test
  void aClaimNoPayerDeadlineGovernsWaitsForItsPaymentWithoutATimer() throws Exception {
    recordPathwayAnswering(false, true);
    when(deadlines.governsPayerDecision(any())).thenReturn(false);

    ProcessInstance claim = runtimeService().startProcessInstanceByKey("claim-recovery", CLAIM, emergencyUnderTheNsa());
    assertThat(claim).isWaitingAt("awaitInitialPaymentWithoutDeadline");
    assertThat(engine.getProcessEngine().getManagementService().createJobQuery().processInstanceId(claim.getId())
        .count()).isZero();

    runtimeService().correlateMessage("InitialPaymentReceived", CLAIM);

    verify(recordPathway, times(2)).execute(any());
    assertThat(claim).hasPassed("paymentArrived").isWaitingAt("reviewInitialPayment");
  }

  @Test
  void aMissedPaymentDeadlineGivesSupervisorsATaskWhileTheCaseKeepsWaiting() {
    ProcessInstance claim = startBefore("awaitInitialPayment", "FEDERAL_IDR");

    execute(job("initialPaymentOverdue", claim));
    assertThat(claim).isWaitingAt("awaitInitialPayment", "handleMissedInitialPayment");
    assertThat(task("handleMissedInitialPayment", claim)).hasCandidateGroup("billing-supervisors");
    complete(task("handleMissedInitialPayment", claim), withVariables("missedPaymentNextStep", "WAIT"));

    verify(missedInitialPaymentNextStepGuard).notify(any());
    assertThat(claim).hasPassed("missedInitialPaymentNextStep", "missedPaymentHandled")
        .isWaitingAt("awaitInitialPayment");
  }

  @Test
  void aComplaintAboutTheMissedPaymentDeadlineRunsWhileTheCaseGoesOn() {
    ProcessInstance claim = startBefore("awaitInitialPayment", "FEDERAL_IDR");
    execute(job("initialPaymentOverdue", claim));
    complete(task("handleMissedInitialPayment", claim), withVariables("missedPaymentNextStep", "COMPLAIN",
        "complaintCause", "PAYER_MISSED_DEADLINE"));

    assertThat(claim).hasPassed("missedInitialPaymentNextStep", "complaintChosen")
        .isWaitingAt("awaitInitialPayment", "regulatorComplaint");
    ProcessInstance complaint = calledProcessInstance(claim);
    assertThat(runtimeService().getVariable(complaint.getId(), "complaintCause")).isEqualTo("PAYER_MISSED_DEADLINE");
    complete(task("inRegulatorComplaint", complaint), withVariables("complaintResult", "ENDED"));
    assertThat(claim).hasPassed("complaintEnded").isWaitingAt("awaitInitialPayment");
  }

  @Test
  void aReviewStillOpenAtTheEscalationDayIsEscalatedAndStaysOpen() throws Exception {
    ProcessInstance claim = startBefore("reviewInitialPayment", "FEDERAL_IDR");

    execute(job("reviewAtRisk", claim));
    execute(job("escalateReview", claim));

    verify(escalateReview).execute(any());
    assertThat(claim).hasPassed("reviewEscalated").isWaitingAt("reviewInitialPayment");
  }

  @Test
  void anAcceptedPaymentIsRecordedAndClosesTheCase() throws Exception {
    ProcessInstance claim = startBefore("reviewInitialPayment", "FEDERAL_IDR");

    complete(task(claim), withVariables("decision", "ACCEPT", "acceptReason", "Contract rate"));
    verify(reviewDecisionGuard).notify(any());
    verify(recordReviewDecision).execute(any());
    // closing waits for its own job, so that a failure never undoes the review
    assertThat(claim).isWaitingAt("closeCase");
    execute(job("closeCase", claim));

    verify(closeCase).execute(any());
    assertThat(claim).hasPassed("paymentAccepted").isEnded();
  }

  @Test
  void aDisputeOnTheAppealPathwayRunsTheInternalAppealAndAnOverturnAwaitsItsPayment() {
    when(deadlines.governs(any(), eq("INTERNAL_APPEAL_FILING"))).thenReturn(true);
    ProcessInstance claim = startBefore("reviewInitialPayment", "APPEAL");

    complete(task(claim), withVariables("decision", "DISPUTE"));
    assertThat(claim).hasPassed("disputeMechanism").isWaitingAt("internalAppeal");
    ProcessInstance appeal = calledProcessInstance(claim);
    assertThat(appeal).hasBusinessKey(CLAIM).variables().containsEntry("claimId", CLAIM);
    complete(task("inInternalAppeal", appeal), withVariables("appealResult", "PARTIALLY_OVERTURNED"));

    assertThat(claim).hasPassed("appealOutcome", "paymentOwed")
        .isWaitingAt("awaitSettlementPayment");
  }

  @Test
  void anExhaustedAppealGoesToExternalReviewWhoseOverturnAwaitsItsPaymentAndAMissedAppealEndsTheCase() {
    when(deadlines.governs(any(), eq("INTERNAL_APPEAL_FILING"))).thenReturn(true);
    when(deadlines.governs(any(), eq("EXTERNAL_REVIEW_REQUEST"))).thenReturn(true);
    ProcessInstance exhausted = startBefore("reviewInitialPayment", "APPEAL");
    complete(task(exhausted), withVariables("decision", "DISPUTE"));
    complete(task("inInternalAppeal", calledProcessInstance(exhausted)), withVariables("appealResult", "EXHAUSTED"));
    assertThat(exhausted).hasPassed("appealOutcome", "externalReviewGoverns").isWaitingAt("externalReview");
    ProcessInstance review = calledProcessInstance(exhausted);
    assertThat(review).hasBusinessKey(CLAIM).variables().containsEntry("claimId", CLAIM);
    complete(task("inExternalReview", review), withVariables("externalReviewResult", "OVERTURNED",
        "settlementSummary", "The payer owes $30,000.00"));
    assertThat(exhausted).hasPassed("externalReviewOutcome", "paymentOwed")
        .isWaitingAt("awaitSettlementPayment");

    ProcessInstance missed = runtimeService().createProcessInstanceByKey("claim-recovery").businessKey("claim-2")
        .setVariables(withVariables("claimId", "claim-2", "pathway", "APPEAL"))
        .startBeforeActivity("disputeMechanism").execute();
    complete(task("inInternalAppeal", calledProcessInstance(missed)), withVariables("appealResult", "MISSED"));
    assertThat(missed).hasPassed("appealWindowMissed").isEnded();
  }

  @Test
  void anUpheldExternalReviewEndsTheCaseOrGoesToARegulatorComplaint() {
    when(deadlines.governs(any(), eq("INTERNAL_APPEAL_FILING"))).thenReturn(true);
    when(deadlines.governs(any(), eq("EXTERNAL_REVIEW_REQUEST"))).thenReturn(true);
    ProcessInstance lost = inExternalReview("claim-3");
    complete(task("inExternalReview", calledProcessInstance(lost)), withVariables("externalReviewResult", "LOST"));
    assertThat(lost).hasPassed("externalReviewOutcome", "externalReviewEnded").isEnded();

    ProcessInstance complaint = inExternalReview("claim-4");
    complete(task("inExternalReview", calledProcessInstance(complaint)),
        withVariables("externalReviewResult", "COMPLAINT"));
    assertThat(complaint).hasPassed("externalReviewOutcome", "complaintChosen").isWaitingAt("regulatorComplaint");
    ProcessInstance called = calledProcessInstance(complaint);
    assertThat(called.getBusinessKey()).isEqualTo("claim-4");
    assertThat(runtimeService().getVariable(called.getId(), "claimId")).isEqualTo("claim-4");

    // the regulator found an amount owed: the payment watch waits for it
    complete(task("inRegulatorComplaint", called), withVariables("complaintResult", "AMOUNT_OWED"));
    assertThat(complaint).hasPassed("complaintOutcome", "paymentOwed")
        .isWaitingAt("awaitSettlementPayment");

    ProcessInstance notJustified = inExternalReview("claim-5");
    complete(task("inExternalReview", calledProcessInstance(notJustified)),
        withVariables("externalReviewResult", "COMPLAINT"));
    complete(task("inRegulatorComplaint", calledProcessInstance(notJustified)),
        withVariables("complaintResult", "ENDED"));
    assertThat(notJustified).hasPassed("complaintOutcome", "complaintEnded").isEnded();
  }

  @Test
  void anUpheldAppealWithoutExternalReviewUnderTheRulesWaitsAtTheDisputeStage() {
    // e.g. a plan whose law gives no external review: EXTERNAL_REVIEW_REQUEST does not govern the case
    when(deadlines.governs(any(), eq("INTERNAL_APPEAL_FILING"))).thenReturn(true);
    when(deadlines.governs(any(), eq("EXTERNAL_REVIEW_REQUEST"))).thenReturn(false);
    ProcessInstance upheld = startBefore("reviewInitialPayment", "APPEAL");
    complete(task(upheld), withVariables("decision", "DISPUTE"));
    complete(task("inInternalAppeal", calledProcessInstance(upheld)), withVariables("appealResult", null));

    assertThat(upheld).hasPassed("appealOutcome", "externalReviewGoverns", "disputeStageAwaited")
        .isWaitingAt("awaitDisputeStage");
  }

  /** An appeal-pathway claim whose internal appeal ended upheld: its external review runs. */
  private ProcessInstance inExternalReview(String claimId) {
    ProcessInstance claim = runtimeService().createProcessInstanceByKey("claim-recovery").businessKey(claimId)
        .setVariables(withVariables("claimId", claimId, "pathway", "APPEAL"))
        .startBeforeActivity("disputeMechanism").execute();
    complete(task("inInternalAppeal", calledProcessInstance(claim)), withVariables("appealResult", null));
    assertThat(claim).isWaitingAt("externalReview");
    return claim;
  }

  @Test
  void aDisputeOnTheAppealPathwayWithoutAnAppealDeadlineWaitsForItsStage() {
    // e.g. a Medicare Advantage claim: its reconsideration is not an internal appeal under 29 CFR 2560.503-1
    when(deadlines.governs(any(), eq("INTERNAL_APPEAL_FILING"))).thenReturn(false);
    ProcessInstance claim = startBefore("reviewInitialPayment", "APPEAL");

    complete(task(claim), withVariables("decision", "DISPUTE"));
    assertThat(claim).hasPassed("disputeMechanism").isWaitingAt("awaitDisputeStage");
    runtimeService().correlateMessage("DisputeStageAvailable", CLAIM);

    assertThat(claim).hasPassed("disputeStageNeeded", "disputeStageEntered").isEnded();
  }

  @Test
  void aDisputeOfAnNsaItemRunsFederalIdrAndAnAwardAwaitsItsPayment() {
    Date paymentDeadlinePassed = date("2026-10-01T00:00:00Z");
    when(deadlines.settlementPaymentExpiry(any())).thenReturn(paymentDeadlinePassed);
    ProcessInstance claim = startBefore("reviewInitialPayment", "FEDERAL_IDR");

    complete(task(claim), withVariables("decision", "DISPUTE"));
    assertThat(claim).hasPassed("disputeMechanism").isWaitingAt("federalIdr");
    ProcessInstance idr = calledProcessInstance(claim);
    assertThat(idr).hasBusinessKey(CLAIM).variables().containsEntry("claimId", CLAIM);
    complete(task("inFederalIdr", idr), withVariables("idrResult", "WON"));

    assertThat(claim).hasPassed("idrOutcome", "paymentOwed").isWaitingAt("awaitSettlementPayment");
    assertThat(job("settlementPaymentOverdue", claim)).hasDueDate(paymentDeadlinePassed);
  }

  @Test
  void aSettlementDuringFederalIdrAwaitsItsPaymentToo() {
    ProcessInstance claim = startBefore("reviewInitialPayment", "FEDERAL_IDR");

    complete(task(claim), withVariables("decision", "NEGOTIATE"));
    complete(task("negotiating", calledProcessInstance(claim)), withVariables("negotiationResult", "FAILED"));
    assertThat(claim).isWaitingAt("federalIdr");
    complete(task("inFederalIdr", calledProcessInstance(claim)), withVariables("idrResult", "SETTLED"));

    assertThat(claim).isWaitingAt("awaitSettlementPayment");
  }

  @Test
  void aLostOrIneligibleDisputeEndsTheCase() {
    ProcessInstance claim = startBefore("reviewInitialPayment", "FEDERAL_IDR");

    complete(task(claim), withVariables("decision", "DISPUTE"));
    complete(task("inFederalIdr", calledProcessInstance(claim)), withVariables("idrResult", "LOST"));

    assertThat(claim).hasPassed("idrOutcome", "disputeClosed").isEnded();
  }

  @Test
  void aNegotiationUnderTheNsaRunsTheNegotiationStageForTheClaimAndASettlementAwaitsItsPayment() {
    Date paymentDeadlinePassed = date("2026-09-01T00:00:00Z");
    when(deadlines.settlementPaymentExpiry(any())).thenReturn(paymentDeadlinePassed);
    ProcessInstance claim = startBefore("reviewInitialPayment", "FEDERAL_IDR");

    complete(task(claim), withVariables("decision", "NEGOTIATE"));
    assertThat(claim).isWaitingAt("negotiate");
    ProcessInstance negotiation = calledProcessInstance(claim);
    assertThat(negotiation).hasBusinessKey(CLAIM).variables().containsEntry("claimId", CLAIM);
    complete(task("negotiating", negotiation), withVariables("negotiationResult", "SETTLED", "agreedAmount", 1500.0));

    assertThat(claim).hasPassed("negotiationEnded", "negotiationOutcome").isWaitingAt("awaitSettlementPayment")
        .variables().containsEntry("agreedAmount", 1500.0);
    assertThat(job("settlementPaymentOverdue", claim)).hasDueDate(paymentDeadlinePassed);
  }

  @Test
  void aFailedNegotiationOnTheAppealPathwayGoesToTheInternalAppeal() {
    ProcessInstance claim = startBefore("reviewInitialPayment", "APPEAL");

    complete(task(claim), withVariables("decision", "NEGOTIATE"));
    complete(task("negotiating", calledProcessInstance(claim)), withVariables("negotiationResult", "FAILED"));

    assertThat(claim).hasPassed("negotiationOutcome", "disputeStageNeeded").isWaitingAt("internalAppeal");
  }

  @Test
  void aNegotiationOutsideFederalIdrRunsTheSameStageBoundByTheFilingDeadline() {
    Date filingBoundPassed = date("2026-08-15T00:00:00Z");
    when(deadlines.filingBoundExpiry(any())).thenReturn(filingBoundPassed);
    ProcessInstance claim = startBefore("reviewInitialPayment", "APPEAL");

    complete(task(claim), withVariables("decision", "NEGOTIATE"));
    assertThat(claim).isWaitingAt("negotiateOutsideFederalIdr");
    assertThat(job("filingBoundReached", claim)).hasDueDate(filingBoundPassed);
    complete(task("negotiating", calledProcessInstance(claim)),
        withVariables("negotiationResult", "SETTLED", "agreedAmount", 900.0));

    assertThat(claim).hasPassed("negotiationEnded").isWaitingAt("awaitSettlementPayment");
  }

  @Test
  void aStateProcessWithAStateDisputeGoesToItAndItsWinOrSettlementAwaitsPaymentWhileALossOrAMissEndsTheCase() {
    when(deadlines.hasStateDispute(any())).thenReturn(true);
    ProcessInstance won = startBefore("reviewInitialPayment", "STATE_PROCESS");
    complete(task(won), withVariables("decision", "DISPUTE"));
    assertThat(won).hasPassed("disputeMechanism").isWaitingAt("stateDispute");
    ProcessInstance dispute = calledProcessInstance(won);
    assertThat(dispute).hasBusinessKey(CLAIM).variables().containsEntry("claimId", CLAIM);
    complete(task("inStateDispute", dispute), withVariables("stateDisputeResult", "WON",
        "settlementSummary", "The payer owes $1,500.00"));
    assertThat(won).hasPassed("stateDisputeOutcome", "paymentOwed")
        .isWaitingAt("awaitSettlementPayment");

    ProcessInstance settled = inStateDispute("claim-5");
    complete(task("inStateDispute", calledProcessInstance(settled)), withVariables("stateDisputeResult", "SETTLED"));
    assertThat(settled).hasPassed("paymentOwed").isWaitingAt("awaitSettlementPayment");

    ProcessInstance lost = inStateDispute("claim-6");
    complete(task("inStateDispute", calledProcessInstance(lost)), withVariables("stateDisputeResult", "LOST"));
    assertThat(lost).hasPassed("stateDisputeOutcome", "stateDisputeEnded").isEnded();

    ProcessInstance missed = inStateDispute("claim-7");
    complete(task("inStateDispute", calledProcessInstance(missed)), withVariables("stateDisputeResult", "MISSED"));
    assertThat(missed).hasPassed("stateDisputeEnded").isEnded();
  }

  /** A state-process claim whose state has a state dispute, in it. */
  private ProcessInstance inStateDispute(String claimId) {
    ProcessInstance claim = runtimeService().createProcessInstanceByKey("claim-recovery").businessKey(claimId)
        .setVariables(withVariables("claimId", claimId, "pathway", "STATE_PROCESS"))
        .startBeforeActivity("disputeMechanism").execute();
    assertThat(claim).isWaitingAt("stateDispute");
    return claim;
  }

  @Test
  void theFilingBoundEndsANegotiationOutsideFederalIdrWhateverItsStateAndTheCaseWaitsAtTheDisputeStage()
      throws Exception {
    // a state with no state dispute under rules/state-disputes.yaml
    when(deadlines.hasStateDispute(any())).thenReturn(false);
    ProcessInstance claim = startBefore("reviewInitialPayment", "STATE_PROCESS");
    complete(task(claim), withVariables("decision", "NEGOTIATE"));
    ProcessInstance negotiation = calledProcessInstance(claim);

    execute(job("filingBoundReached", claim));

    verify(endNegotiationAtFilingBound).execute(any());
    assertThat(negotiation).isEnded();
    assertThat(claim).hasPassed("endNegotiationAtFilingBound").isWaitingAt("awaitDisputeStage");
  }

  @Test
  void aSettlementPaidInFullClosesTheCaseWithTheRecoveredAmount() throws Exception {
    recordPaymentFindingShort(false);
    ProcessInstance claim = startBefore("awaitSettlementPayment", "FEDERAL_IDR");

    runtimeService().correlateMessage("PaymentReceived", CLAIM, withVariables("paymentAmount", 1500.0));
    assertThat(claim).hasPassed("paymentInFull", "settlementPaid").isWaitingAt("closeSettledCase");
    execute(job("closeSettledCase", claim));

    verify(closeSettledCase).execute(any());
    assertThat(claim).hasPassed("settlementRecovered").isEnded();
  }

  @Test
  void aShortSettlementPaymentIsFollowedUpBySupervisorsBeforeTheCaseCloses() throws Exception {
    recordPaymentFindingShort(true);
    ProcessInstance claim = startBefore("awaitSettlementPayment", "FEDERAL_IDR");

    runtimeService().correlateMessage("PaymentReceived", CLAIM, withVariables("paymentAmount", 1000.0));
    assertThat(task("followUpShortPayment", claim)).hasCandidateGroup("billing-supervisors");
    complete(task("followUpShortPayment", claim));

    assertThat(claim).hasPassed("settlementPaid").isWaitingAt("closeSettledCase");
  }

  @Test
  void aMissedSettlementPaymentGivesSupervisorsATaskWhileTheCaseKeepsWaiting() {
    ProcessInstance claim = startBefore("awaitSettlementPayment", "FEDERAL_IDR");

    execute(job("settlementPaymentOverdue", claim));
    assertThat(task("followUpMissedSettlementPayment", claim)).hasCandidateGroup("billing-supervisors");
    complete(task("followUpMissedSettlementPayment", claim), withVariables("missedPaymentNextStep", "WAIT"));

    verify(missedPaymentNextStepGuard).notify(any());
    assertThat(claim).hasPassed("missedPaymentNextStep", "missedSettlementPaymentFollowedUp")
        .isWaitingAt("awaitSettlementPayment");
  }

  @Test
  void aComplaintAboutAnUnpaidAmountRunsBesideThePaymentWatchAndEndsWithThePayment() throws Exception {
    recordPaymentFindingShort(false);
    ProcessInstance claim = startBefore("awaitSettlementPayment", "FEDERAL_IDR");
    execute(job("settlementPaymentOverdue", claim));
    complete(task("followUpMissedSettlementPayment", claim), withVariables("missedPaymentNextStep", "COMPLAIN"));

    assertThat(claim).hasPassed("missedPaymentNextStep", "complaintChosen")
        .isWaitingAt("regulatorComplaint", "awaitSettlementPayment");
    ProcessInstance complaint = calledProcessInstance(claim);

    // the payer pays while the complaint is open: the case closes and nothing of it stays open
    runtimeService().correlateMessage("PaymentReceived", CLAIM, withVariables("paymentAmount", 1500.0));
    execute(job("closeSettledCase", claim));
    verify(closeSettledCase).execute(any());
    assertThat(claim).hasPassed("settlementRecovered").isEnded();
    assertThat(complaint).isEnded();
  }

  /** The decision table's inputs for an emergency claim under the No Surprises Act (federal IDR). */
  private static Map<String, Object> emergencyUnderTheNsa() {
    return withVariables("claimId", CLAIM, "serviceCategory", "EMERGENCY", "planType", "SELF_FUNDED_ERISA",
        "noticeAndConsentObtained", false, "consentCannotWaive", false, "coverageDenial", false,
        "stateLawApplies", false);
  }

  /** A case in the middle, where a path starts, with the pathway its classification recorded. */
  private static ProcessInstance startBefore(String activityId, String pathway) {
    return runtimeService().createProcessInstanceByKey("claim-recovery").businessKey(CLAIM)
        .setVariables(withVariables("claimId", CLAIM, "pathway", pathway))
        .startBeforeActivity(activityId)
        .execute();
  }

  /** As the real delegate: the pathway from the decision, and whether the payer's payment or denial is known. */
  private void recordPathwayAnswering(Boolean... paymentKnown) throws Exception {
    Iterator<Boolean> answers = List.of(paymentKnown).iterator();
    doAnswer(invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      Map<?, ?> classification = (Map<?, ?>) execution.getVariable("classification");
      execution.setVariable("pathway", classification.get("pathway"));
      execution.setVariable("initialPaymentKnown", answers.next());
      return null;
    }).when(recordPathway).execute(any());
  }

  private void recordPaymentFindingShort(boolean paymentShort) throws Exception {
    doAnswer(invocation -> {
      ((DelegateExecution) invocation.getArgument(0)).setVariable("paymentShort", paymentShort);
      return null;
    }).when(recordPayment).execute(any());
  }

  private static Date date(String instant) {
    return Date.from(Instant.parse(instant));
  }
}
