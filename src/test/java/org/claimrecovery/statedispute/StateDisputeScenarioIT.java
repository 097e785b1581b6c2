package org.claimrecovery.statedispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.CaseTime.moveClockTo;
import static org.claimrecovery.support.TestUsers.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.CaseApi;
import org.claimrecovery.support.CaseProcesses;
import org.claimrecovery.support.CaseTime;
import org.claimrecovery.support.Claims;
import org.claimrecovery.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The state dispute end to end on PostgreSQL, for two of the states rules/state-disputes.yaml ships: a Texas
 * emergency claim paid on 2026-06-01 (TX_ARBITRATION_REQUEST due 2026-08-30; Texas has its own 30-day step after the
 * filing and 21 days to decide after it) filed, not settled, won and paid; a New York claim filed and lost through
 * the API (no own step); and a Texas filing nobody made by its deadline.
 */
@IntegrationTest
class StateDisputeScenarioIT {

  static final String PREPARED = """
      {"stateDisputeGrounds": {"value": "The payment is far below what the area pays for 99285."},
       "stateDisputeAmount": {"value": 1800.00}}
      """;

  @Autowired Api api;
  @Autowired RuntimeService runtime;
  @Autowired CaseProcesses cases;
  @Autowired CaseApi caseApi;

  @BeforeEach
  void startOfJune() {
    moveClockTo(LocalDateTime.of(2026, 6, 2, 10, 0));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aTexasDisputeIsFiledNotSettledInItsOwnStepWonAndPaid() {
    var claim = inStateDispute("STATE-TX-WON", "TX");
    var opened = dispute(claim);
    assertThat(opened.get("process").asText()).isEqualTo("Mediation/arbitration under Tex. Ins. Code ch. 1467");
    assertThat(opened.get("filingDeadline").asText()).isEqualTo("TX_ARBITRATION_REQUEST");
    assertThat(opened.get("filingDueOn").asText()).isEqualTo("2026-08-30");
    Task prepare = task(claim, "prepareStateDispute");
    assertThat(prepare.getDueDate()).isEqualTo(CaseTime.at(LocalDateTime.of(2026, 8, 30, 23, 59, 59)));

    // no grounds, no filing: the task stays with its person
    var refused = complete(prepare, "{\"stateDisputeAmount\": {\"value\": 1800.00}}", SPECIALIST);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("message").asText()).contains("stateDisputeGrounds");
    assertThat(task(claim, "prepareStateDispute")).isNotNull();
    assertThat(complete(task(claim, "prepareStateDispute"), PREPARED, SPECIALIST).status()).isEqualTo(204);
    runJobs(claim);

    var filing = api.get(AUDITOR, "/api/claims/" + claim.id + "/correspondence").body().findParents("kind").stream()
        .filter(entry -> entry.get("kind").asText().equals("STATE_DISPUTE_FILING")).findFirst().orElseThrow();
    assertThat(filing.get("deliveryStatus").asText()).isEqualTo("AWAITING_DISPATCH");
    assertThat(filing.get("channel").asText()).isEqualTo("REVIEW_PORTAL");
    assertThat(filing.get("recipient").asText()).contains("Texas Department of Insurance");

    moveClockTo(LocalDateTime.of(2026, 7, 10, 10, 0));
    assertThat(complete(task(claim, "submitStateDisputeFiling"), "{\"stateDisputeFiledOn\": {\"value\": "
        + "\"2026-07-09\"}, \"stateDisputeReference\": {\"value\": \"TDI-2026-0042\"}}", SPECIALIST).status())
        .isEqualTo(204);
    var filed = dispute(claim);
    assertThat(filed.get("status").asText()).isEqualTo("FILED");
    assertThat(filed.get("reference").asText()).isEqualTo("TDI-2026-0042");
    // Texas's own step: 30 days after the filing; then 21 days for the decision
    assertThat(filed.get("ownStepEndsOn").asText()).isEqualTo("2026-08-08");
    assertThat(filed.get("decisionDueOn").asText()).isEqualTo("2026-08-29");
    assertThat(task(claim, "recordMediationResult").getDueDate())
        .isEqualTo(CaseTime.at(LocalDateTime.of(2026, 8, 8, 23, 59, 59)));

    assertThat(complete(task(claim, "recordMediationResult"), "{\"stateDisputeMediationResult\": {\"value\": "
        + "\"NOT_SETTLED\"}}", SPECIALIST).status()).isEqualTo(204);
    assertThat(task(claim, "recordStateDisputeDecision").getDueDate())
        .isEqualTo(CaseTime.at(LocalDateTime.of(2026, 8, 29, 23, 59, 59)));

    moveClockTo(LocalDateTime.of(2026, 8, 21, 10, 0));
    // won without an amount: refused, the task stays
    assertThat(complete(task(claim, "recordStateDisputeDecision"), "{\"stateDisputeDecision\": {\"value\": \"WON\"}, "
        + "\"stateDisputeDecidedOn\": {\"value\": \"2026-08-20\"}}", SPECIALIST).status()).isEqualTo(400);
    assertThat(complete(task(claim, "recordStateDisputeDecision"), "{\"stateDisputeDecision\": {\"value\": \"WON\"}, "
        + "\"stateDisputeDecisionAmount\": {\"value\": 1500.00}, \"stateDisputeDecidedOn\": {\"value\": "
        + "\"2026-08-20\"}}", SPECIALIST).status()).isEqualTo(204);
    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("awaitSettlementPayment");

    moveClockTo(LocalDateTime.of(2026, 8, 26, 10, 0));
    assertThat(api.post(INTEGRATION, "/api/claims/" + claim.id + "/payments",
        "{\"receivedOn\": \"2026-08-25\", \"amount\": 1500.00}").status()).isEqualTo(200);
    runJobs(claim);
    var closed = claim(claim);
    assertThat(closed.get("outcome").asText()).isEqualTo("STATE_DISPUTE_WON");
    assertThat(closed.get("disputeOutcome").get("mechanism").asText()).isEqualTo("STATE_DISPUTE");
    assertThat(closed.get("disputeOutcome").get("result").asText()).isEqualTo("WON");
    assertThat(closed.get("disputeOutcome").get("amount").decimalValue()).isEqualByComparingTo("1500.00");
  }

  @Test
  void aNewYorkDisputeFiledAndDecidedThroughTheApiIsLostAndClosesTheCase() {
    var claim = inStateDispute("STATE-NY-LOST", "NY");
    var opened = dispute(claim);
    assertThat(opened.get("process").asText()).isEqualTo("IDR under Fin. Serv. Law Art. 6");
    assertThat(opened.get("filingDeadline").asText()).isEqualTo("NY_IDR_FILING");
    assertThat(complete(task(claim, "prepareStateDispute"), PREPARED, SPECIALIST).status()).isEqualTo(204);
    runJobs(claim);

    moveClockTo(LocalDateTime.of(2026, 6, 20, 10, 0));
    // a decision before the filing is out of turn
    assertThat(event(claim, "{\"type\": \"STATE_DISPUTE_DECISION\", \"decision\": \"LOST\", \"on\": \"2026-06-19\"}")
        .status()).isEqualTo(409);
    var filed = event(claim, "{\"type\": \"STATE_DISPUTE_FILED\", \"on\": \"2026-06-19\", \"reference\": \"NY-IDR-7\"}");
    assertThat(filed.status()).as(filed.raw().body()).isEqualTo(200);
    // New York has no own step: the entity decides within 30 days of the filing
    assertThat(dispute(claim).get("decisionDueOn").asText()).isEqualTo("2026-07-19");
    assertThat(task(claim, "recordStateDisputeDecision")).isNotNull();

    moveClockTo(LocalDateTime.of(2026, 7, 15, 10, 0));
    var decided = event(claim, "{\"type\": \"STATE_DISPUTE_DECISION\", \"decision\": \"LOST\", \"on\": \"2026-07-14\"}");
    assertThat(decided.status()).as(decided.raw().body()).isEqualTo(200);

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(claim.processInstanceId).count()).isZero();
    var closed = claim(claim);
    assertThat(closed.get("outcome").asText()).isEqualTo("STATE_DISPUTE_LOST");
    assertThat(closed.get("disputeOutcome").get("result").asText()).isEqualTo("LOST");
    assertThat(dispute(claim).get("decision").asText()).isEqualTo("LOST");
  }

  @Test
  void aMissedFilingDeadlineIsRecordedWithWhoHeldItAndClosesTheCase() {
    var claim = inStateDispute("STATE-TX-LATE", "TX");
    assertThat(api.post(SPECIALIST, "/engine-rest/task/" + task(claim, "prepareStateDispute").getId() + "/claim",
        "{\"userId\": \"specialist\"}").status()).isEqualTo(204);

    moveClockTo(LocalDateTime.of(2026, 8, 31, 9, 0));
    runJobs(claim);
    var missed = dispute(claim);
    assertThat(missed.get("status").asText()).isEqualTo("MISSED");
    assertThat(missed.get("note").asText()).contains("2026-08-30", "held by specialist");
    assertThat(claim(claim).get("outcome").asText()).isEqualTo("STATE_DISPUTE_MISSED");
    assertThat(claim(claim).get("disputeOutcome").get("result").asText()).isEqualTo("MISSED");
    assertThat(task(claim, "reviewMissedStateDispute")).isNotNull();
    assertThat(task(claim, "remindStateDisputeUnfiled")).isNotNull();
  }

  record Case(String id, String processInstanceId) {}

  /**
   * An emergency claim of a fully insured plan issued in {@code state}, paid on 2026-06-01 and disputed on 2026-06-02
   * with the itemized bill and the remittance on file: its state dispute waits for the preparation.
   */
  private Case inStateDispute(String claimNumber, String state) {
    String json = Claims.nsaClaim(claimNumber, "2026-06-01").replace("\"SELF_FUNDED_ERISA\"", "\"FULLY_INSURED\"")
        .replace("\"planState\": \"FL\", \"serviceState\": \"FL\"",
            "\"planState\": \"" + state + "\", \"serviceState\": \"" + state + "\"");
    var created = api.post(INTEGRATION, "/api/claims", json);
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    var claim = new Case(created.body().get("id").asText(), created.body().get("processInstanceId").asText());
    assertThat(claim(claim).get("pathway").asText()).isEqualTo("STATE_PROCESS");
    for (String type : new String[] {"REMITTANCE", "ITEMIZED_BILL"}) {
      upload(claim, type);
    }
    assertThat(complete(task(claim, "reviewInitialPayment"), "{\"decision\": {\"value\": \"DISPUTE\"}}", SPECIALIST)
        .status()).isEqualTo(204);
    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("stateDispute");
    assertThat(claim(claim).get("stage").asText()).isEqualTo("STATE_DISPUTE");
    return claim;
  }

  private void upload(Case claim, String type) {
    caseApi.upload(claim.id, type);
  }

  private JsonNode dispute(Case claim) {
    return api.get(AUDITOR, "/api/claims/" + claim.id + "/state-dispute").body();
  }

  private Api.Response event(Case claim, String json) {
    return caseApi.event(claim.id, json);
  }

  private JsonNode claim(Case claim) {
    return caseApi.claim(claim.id);
  }

  private Task task(Case claim, String key) {
    return cases.task(claim.processInstanceId, key);
  }

  private Api.Response complete(Task task, String variables, String user) {
    return caseApi.complete(task, variables, user);
  }

  private void runJobs(Case claim) {
    cases.runDueJobs(claim.processInstanceId);
  }
}
