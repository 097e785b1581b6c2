package org.claimrecovery.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.CaseTime.at;
import static org.claimrecovery.support.CaseTime.moveClockTo;
import static org.claimrecovery.support.TestUsers.*;

import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.CaseTime;
import org.claimrecovery.support.Claims;
import org.claimrecovery.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of the first part of claim-recovery, driven through the API and the engine REST API. */
@IntegrationTest
class ClaimRecoveryScenarioIT {

  @Autowired Api api;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;

  @BeforeEach
  void startOfJune() {
    moveClockTo(LocalDateTime.of(2026, 6, 2, 10, 0));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aPaymentBelowTheQpaIsAcceptedOnlyWithAWrittenReason() {
    var claim = post(Claims.nsaClaim("SC-ACCEPT", "2026-06-01"));
    Task review = reviewTask(claim.processInstanceId);
    assertThat(tasks.getIdentityLinksForTask(review.getId())).extracting("groupId").containsExactly("billing-specialists");

    var refused = complete(review, "{\"decision\": {\"value\": \"ACCEPT\"}}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("message").asText()).contains("below the QPA", "acceptReason");
    assertThat(reviewTask(claim.processInstanceId)).isNotNull();

    var accepted = complete(review,
        "{\"decision\": {\"value\": \"ACCEPT\"}, \"acceptReason\": {\"value\": \"Contract rate agreed by phone\"}}");
    assertThat(accepted.status()).isEqualTo(204);
    runJobs(claim.processInstanceId); // closing is asynchronous so a failure never undoes the review

    var closed = api.get(AUDITOR, "/api/claims/" + claim.id).body();
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("outcome").asText()).isEqualTo("INITIAL_PAYMENT_ACCEPTED");
    assertThat(closed.get("review").get("acceptReason").asText()).isEqualTo("Contract rate agreed by phone");
    assertThat(closed.get("review").get("reviewedBy").asText()).isEqualTo(SPECIALIST);
    assertEndedAt(claim.processInstanceId, "paymentAccepted");
    // the open negotiation notice will never be sent, and is no deadline of a closed case
    var deadlines = api.get(AUDITOR, "/api/claims/" + claim.id + "/deadlines").body();
    assertThat(deadlines.findValuesAsText("status")).isNotEmpty().doesNotContain("OPEN");
    var initiation = deadlines.findParents("code").stream()
        .filter(deadline -> deadline.get("code").asText().equals("OPEN_NEGOTIATION_INITIATION")).findFirst()
        .orElseThrow();
    assertThat(initiation.get("status").asText()).isEqualTo("NOT_APPLICABLE");
    assertThat(initiation.get("statusReason").asText())
        .isEqualTo("the case closed on 2026-06-02 (INITIAL_PAYMENT_ACCEPTED)");
  }

  @Test
  void negotiateStartsTheNegotiationStageWithItsPreparation() {
    var claim = post(Claims.nsaClaim("SC-NEGOTIATE", "2026-06-01"));
    assertThat(complete(reviewTask(claim.processInstanceId), "{\"decision\": {\"value\": \"NEGOTIATE\"}}").status())
        .isEqualTo(204);

    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("negotiate");
    var negotiation = runtime.createProcessInstanceQuery().superProcessInstanceId(claim.processInstanceId)
        .singleResult();
    assertThat(negotiation.getBusinessKey()).isEqualTo(claim.id);
    Task prepare = tasks.createTaskQuery().processInstanceId(negotiation.getId())
        .taskDefinitionKey("prepareNegotiation").singleResult();
    assertThat(tasks.getIdentityLinksForTask(prepare.getId())).extracting("groupId")
        .containsExactly("billing-specialists");
    // due on the last day to send the open negotiation notice
    assertThat(prepare.getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 7, 14, 23, 59, 59)));
    var waiting = api.get(AUDITOR, "/api/claims/" + claim.id).body();
    assertThat(waiting.get("stage").asText()).isEqualTo("NEGOTIATION");
    assertThat(waiting.get("review").get("decision").asText()).isEqualTo("NEGOTIATE");
    assertThat(api.get(AUDITOR, "/api/claims/" + claim.id + "/negotiation").body().get("status").asText())
        .isEqualTo("PREPARING");
  }

  @Test
  void negotiationBeforeAStateProcessWithoutConfiguredRulesIsRefusedWithTheReason() {
    // the test payer rules configure Texas and New Jersey, not New York (src/test/resources/rules/payers-test.yaml)
    var claim = post(Claims.nsaClaim("SC-NO-NEGOTIATION", "2026-06-01")
        .replace("\"SELF_FUNDED_ERISA\"", "\"FULLY_INSURED\"")
        .replace("\"planState\": \"FL\", \"serviceState\": \"FL\"", "\"planState\": \"NY\", \"serviceState\": \"NY\""));
    assertThat(api.get(AUDITOR, "/api/claims/" + claim.id).body().get("pathway").asText()).isEqualTo("STATE_PROCESS");
    var refused = complete(reviewTask(claim.processInstanceId), "{\"decision\": {\"value\": \"NEGOTIATE\"}}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("message").asText())
        .contains("state process of NY is not configured", "stateProcessEscalations", "DISPUTE");
    assertThat(reviewTask(claim.processInstanceId)).isNotNull();
  }

  @Test
  void aDisputedDenialGoesToTheInternalAppeal() {
    var claim = post(Claims.deniedClaim("SC-DISPUTE", "2026-05-28"));
    assertThat(complete(reviewTask(claim.processInstanceId), "{\"decision\": {\"value\": \"DISPUTE\"}}").status())
        .isEqualTo(204);

    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("internalAppeal");
    assertThat(api.get(AUDITOR, "/api/claims/" + claim.id).body().get("stage").asText())
        .isEqualTo("INTERNAL_APPEAL");
  }

  @Test
  void theReviewIsDueOnTheStatutoryDeadlineAndEscalatesFiveBusinessDaysBefore() {
    var claim = post(Claims.nsaClaim("SC-ESCALATE", "2026-06-01"));
    Task review = reviewTask(claim.processInstanceId);
    // OPEN_NEGOTIATION_INITIATION: 30 business days from 2026-06-01, due by the end of 2026-07-14
    assertThat(review.getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 7, 14, 23, 59, 59)));
    // 5 business days before: 07-13, 07-10, 07-09, 07-08, 07-07
    Date escalation = at(LocalDateTime.of(2026, 7, 7, 0, 0));
    assertThat(review.getFollowUpDate()).isEqualTo(escalation);
    Job timer = management.createJobQuery().processInstanceId(claim.processInstanceId).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(escalation);
    assertThat(dueSoonFor(SUPERVISOR)).doesNotContain(review.getId());

    moveClockTo(LocalDateTime.of(2026, 7, 7, 9, 0));
    runJobs(claim.processInstanceId);

    Task escalated = reviewTask(claim.processInstanceId);
    assertThat(escalated.getPriority()).isEqualTo(80);
    assertThat(tasks.getIdentityLinksForTask(escalated.getId())).extracting("groupId")
        .contains("billing-specialists", "billing-supervisors");
    assertThat(dueSoonFor(SUPERVISOR)).contains(escalated.getId());
    assertThat(dueSoonFor(SPECIALIST)).contains(escalated.getId());
  }

  @Test
  void whenThePayerMissesItsDeadlineSupervisorsAreAlertedAndTheCaseKeepsWaiting() {
    var claim = post(Claims.unpaidClaim("SC-MISSED", "2026-05-20"));
    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("awaitInitialPayment");
    Job timer = management.createJobQuery().processInstanceId(claim.processInstanceId).timers().singleResult();
    // PAYER_INITIAL_PAYMENT: 30 calendar days after 2026-05-20 = 2026-06-19; fires at the start of the next day
    assertThat(timer.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 6, 20, 0, 0)));

    moveClockTo(LocalDateTime.of(2026, 6, 22, 9, 0));
    runJobs(claim.processInstanceId);

    Task alert = tasks.createTaskQuery().processInstanceId(claim.processInstanceId)
        .taskDefinitionKey("handleMissedInitialPayment").singleResult();
    assertThat(alert).isNotNull();
    assertThat(tasks.getIdentityLinksForTask(alert.getId())).extracting("groupId").containsExactly("billing-supervisors");
    assertThat((String) tasks.getVariable(alert.getId(), "paymentOverdueSummary")).contains("June 19, 2026");
    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).contains("awaitInitialPayment");

    var paid = api.post(INTEGRATION, "/api/claims/" + claim.id + "/initial-payment",
        "{\"initialPayment\": {\"receivedOn\": \"2026-06-22\", \"amount\": 700.00}}");
    assertThat(paid.status()).isEqualTo(200);
    assertThat(reviewTask(claim.processInstanceId)).isNotNull();
    var deadlines = api.get(AUDITOR, "/api/claims/" + claim.id + "/deadlines").body();
    var payerDeadline = deadlines.findParents("code").stream()
        .filter(d -> d.get("code").asText().equals("PAYER_INITIAL_PAYMENT")).findFirst().orElseThrow();
    assertThat(payerDeadline.get("status").asText()).isEqualTo("MISSED");
  }

  @Test
  void aPayerThatMissesItsPaymentDeadlineIsComplainedAboutWhileTheCaseGoesOn() {
    // a self-funded employer plan's emergency claim: a No Surprises Act item, whose regulator is CMS
    var claim = post(Claims.unpaidClaim("SC-COMPLAIN", "2026-05-20").replace("\"FULLY_INSURED\"",
        "\"SELF_FUNDED_ERISA\""));
    moveClockTo(LocalDateTime.of(2026, 6, 22, 9, 0));
    runJobs(claim.processInstanceId);
    Task alert = tasks.createTaskQuery().processInstanceId(claim.processInstanceId)
        .taskDefinitionKey("handleMissedInitialPayment").singleResult();
    assertThat(supervisorCompletes(alert, "{\"missedPaymentAction\": {\"value\": \"CONTACTED_PAYER\"}, "
        + "\"missedPaymentNextStep\": {\"value\": \"COMPLAIN\"}}").status()).isEqualTo(204);

    assertThat(runtime.getActiveActivityIds(claim.processInstanceId))
        .containsExactlyInAnyOrder("awaitInitialPayment", "regulatorComplaint");
    var complaint = api.get(AUDITOR, "/api/claims/" + claim.id + "/complaint").body();
    assertThat(complaint.get("regulatorId").asText()).isEqualTo("CMS_NO_SURPRISES");
    assertThat(complaint.get("cause").asText()).isEqualTo("PAYER_MISSED_DEADLINE");
    assertThat(api.get(AUDITOR, "/api/claims/" + claim.id).body().get("stage").asText())
        .isEqualTo("AWAITING_INITIAL_PAYMENT");

    // the payment arrives: the case goes to its review, and the complaint goes on beside it
    assertThat(api.post(INTEGRATION, "/api/claims/" + claim.id + "/initial-payment",
        "{\"initialPayment\": {\"receivedOn\": \"2026-06-22\", \"amount\": 700.00}}").status()).isEqualTo(200);
    assertThat(reviewTask(claim.processInstanceId)).isNotNull();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(claim.id).taskDefinitionKey("prepareComplaint")
        .singleResult()).isNotNull();
    assertThat(api.get(AUDITOR, "/api/claims/" + claim.id).body().get("stage").asText())
        .isEqualTo("INITIAL_PAYMENT_REVIEW");
  }

  @Test
  void theNextStepAfterAMissedPaymentDeadlineIsRequiredAndARefusalKeepsTheTask() {
    var claim = post(Claims.unpaidClaim("SC-NEXT-STEP", "2026-05-20"));
    moveClockTo(LocalDateTime.of(2026, 6, 22, 9, 0));
    runJobs(claim.processInstanceId);
    Task alert = tasks.createTaskQuery().processInstanceId(claim.processInstanceId)
        .taskDefinitionKey("handleMissedInitialPayment").singleResult();
    assertThat(api.post(SUPERVISOR, "/engine-rest/task/" + alert.getId() + "/claim",
        "{\"userId\": \"supervisor\"}").status()).isEqualTo(204);

    var refused = supervisorCompletes(alert, "{\"missedPaymentAction\": {\"value\": \"CONTACTED_PAYER\"}}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("message").asText()).contains("Choose the next step");
    Task kept = tasks.createTaskQuery().taskId(alert.getId()).singleResult();
    assertThat(kept.getAssignee()).isEqualTo("supervisor");
    assertThat(supervisorCompletes(kept, "{\"missedPaymentAction\": {\"value\": \"CONTACTED_PAYER\"}, "
        + "\"missedPaymentNextStep\": {\"value\": \"WAIT\"}}").status()).isEqualTo(204);
    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("awaitInitialPayment");
  }

  @Test
  void anUnpaidCaliforniaClaimOutsideTheNsaWaitsOnTheStatesPromptPayDeadline() {
    var claim = post(Claims.unpaidClaim("SC-CA-PROMPT", "2026-05-05")
        .replace("\"FULLY_INSURED\"", "\"INDIVIDUAL_MARKET\"").replace("\"EMERGENCY\"", "\"OTHER\"")
        .replace("\"planState\": \"GA\", \"serviceState\": \"GA\"", "\"planState\": \"CA\", \"serviceState\": \"CA\""));
    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("awaitInitialPayment");
    Job timer = management.createJobQuery().processInstanceId(claim.processInstanceId).timers().singleResult();
    // CA_PROMPT_PAYMENT: 30 working days after Tuesday 2026-05-05 (Memorial Day skipped) = 2026-06-17
    assertThat(timer.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 6, 18, 0, 0)));

    moveClockTo(LocalDateTime.of(2026, 6, 18, 9, 0));
    runJobs(claim.processInstanceId);

    Task alert = tasks.createTaskQuery().processInstanceId(claim.processInstanceId)
        .taskDefinitionKey("handleMissedInitialPayment").singleResult();
    assertThat(alert).isNotNull();
    assertThat((String) tasks.getVariable(alert.getId(), "paymentOverdueSummary"))
        .contains("June 17, 2026", "§ 1371\\.35\\(a\\)"); // the citation as form markdown escapes it
    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).contains("awaitInitialPayment");
  }

  @Test
  void aPaymentInTimeCancelsThePayersTimerAndOpensTheReview() {
    var claim = post(Claims.unpaidClaim("SC-INTIME", "2026-05-20"));
    var paid = api.post(INTEGRATION, "/api/claims/" + claim.id + "/initial-payment", """
        {"denial": {"receivedOn": "2026-06-01", "reasonCode": "96", "description": "Non-covered charge"}}
        """);
    assertThat(paid.status()).isEqualTo(200);
    // a coverage denial goes to appeals: IDR decides amounts, never coverage
    assertThat(paid.body().get("pathway").asText()).isEqualTo("APPEAL");
    assertThat(management.createJobQuery().processInstanceId(claim.processInstanceId).timers().list())
        .extracting(Job::getDuedate)
        .doesNotContain(at(LocalDateTime.of(2026, 6, 20, 0, 0)));
    Task review = reviewTask(claim.processInstanceId);
    // INTERNAL_APPEAL_FILING: 180 calendar days after the denial was received
    assertThat(review.getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 11, 28, 23, 59, 59)));
  }

  @Test
  void aTexasFullyInsuredPlanGoesToTheStateProcess() {
    var claim = post(Claims.nsaClaim("SC-TX", "2026-06-01")
        .replace("\"SELF_FUNDED_ERISA\"", "\"FULLY_INSURED\"")
        .replace("\"planState\": \"FL\", \"serviceState\": \"FL\"", "\"planState\": \"TX\", \"serviceState\": \"TX\""));
    var stored = api.get(AUDITOR, "/api/claims/" + claim.id).body();
    assertThat(stored.get("pathway").asText()).isEqualTo("STATE_PROCESS");
    assertThat(stored.get("stateLaw").asText()).isEqualTo("TX");
    assertThat(api.get(AUDITOR, "/api/claims/" + claim.id + "/deadlines").body().findValuesAsText("code"))
        .contains("TX_ARBITRATION_REQUEST")
        .doesNotContain("OPEN_NEGOTIATION_INITIATION");
  }

  record Case(String id, String processInstanceId) {}

  private Case post(String json) {
    var created = api.post(INTEGRATION, "/api/claims", json);
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    return new Case(created.body().get("id").asText(), created.body().get("processInstanceId").asText());
  }

  private Task reviewTask(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey("reviewInitialPayment")
        .singleResult();
  }

  private Api.Response complete(Task task, String variables) {
    return api.post(SPECIALIST, "/engine-rest/task/" + task.getId() + "/complete",
        "{\"variables\": " + variables + "}");
  }

  private Api.Response supervisorCompletes(Task task, String variables) {
    return api.post(SUPERVISOR, "/engine-rest/task/" + task.getId() + "/complete",
        "{\"variables\": " + variables + "}");
  }

  private java.util.List<String> dueSoonFor(String user) {
    var filters = api.get(user, "/engine-rest/filter?name=Due%20within%205%20business%20days").body();
    String filterId = filters.get(0).get("id").asText();
    return api.get(user, "/engine-rest/filter/" + filterId + "/list").body().findValuesAsText("id");
  }

  private void runJobs(String processInstanceId) {
    CaseTime.runDueJobs(management, () -> java.util.List.of(processInstanceId));
  }

  private void assertEndedAt(String processInstanceId, String endEventId) {
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .activityId(endEventId).finished().count()).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count()).isZero();
  }

}
