package org.claimrecovery.statedispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.CaseTime.moveClockTo;
import static org.claimrecovery.support.TestUsers.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * New Jersey end to end on PostgreSQL: a fully insured emergency claim paid on 2026-06-01 negotiates (New Jersey's
 * own 60-day negotiation, NJ_NEGOTIATION_PERIOD, to 2026-07-31); when the negotiation ends without a settlement its
 * final offer is recorded, NJ_ARBITRATION_REQUEST falls due 90 days later (N.J.S.A. 26:2SS-10) and the case goes to
 * arbitration with the DOBI instead of waiting at the dispute stage.
 */
@IntegrationTest
class NewJerseyStateDisputeScenarioIT {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  static final String NEGOTIATION_PREPARED = """
      {"targetAmount": {"value": 1800.00},
       "justificationGrounds": {"value": "[\\"PATIENT_ACUITY\\", \\"PAYMENT_BELOW_MARKET\\"]", "type": "Json"},
       "justification": {"value": "Level 5 emergency visit; the market median is 1,900."}}
      """;

  static final String DISPUTE_PREPARED = """
      {"stateDisputeGrounds": {"value": "The carrier's final offer is far below what the area pays for 99285."},
       "stateDisputeAmount": {"value": 1700.00}}
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
  void offersExchangedUntilTheWindowEndsStartTheArbitrationWindowWhichIsFiledWonAndPaid() {
    var claim = negotiating("NJ-FINAL-OFFER");
    // no final offer while the parties negotiate: nothing to count the arbitration request from
    assertThat(deadlineCodes(claim)).contains("NJ_NEGOTIATION_PERIOD").doesNotContain("NJ_ARBITRATION_REQUEST");

    // our letter with our offer goes out on 2026-06-02; the payer window ends 30 days later, on 2026-07-02
    assertThat(complete(task(claim, "prepareNegotiation"), NEGOTIATION_PREPARED, SPECIALIST).status()).isEqualTo(204);
    runJobs(claim);
    assertThat(negotiation(claim).get("status").asText()).isEqualTo("OPEN");

    moveClockTo(LocalDateTime.of(2026, 6, 10, 10, 0));
    assertThat(payerResponse(claim, "COUNTEROFFER", "1000.00", "2026-06-09").status()).isEqualTo(200);
    assertThat(complete(task(claim, "evaluatePayerResponse"), "{\"negotiationDecision\": {\"value\": \"COUNTER\"}, "
        + "\"counterAmount\": {\"value\": 1500.00}}", SPECIALIST).status()).isEqualTo(204);
    runJobs(claim);

    // the payer's counteroffer of 2026-06-15 is the last offer; nobody answers it before the window ends
    moveClockTo(LocalDateTime.of(2026, 6, 16, 10, 0));
    assertThat(payerResponse(claim, "COUNTEROFFER", "1100.00", "2026-06-15").status()).isEqualTo(200);
    assertThat(task(claim, "evaluatePayerResponse")).isNotNull();

    moveClockTo(LocalDateTime.of(2026, 7, 3, 9, 0));
    runJobs(claim);
    var failed = negotiation(claim);
    assertThat(failed.get("status").asText()).isEqualTo("FAILED");
    assertThat(failed.get("rounds").findValuesAsText("on")).containsExactly("2026-06-02", "2026-06-09",
        "2026-06-10", "2026-06-15");
    // 90 days after the final offer of 2026-06-15, not after the day the negotiation ended
    var arbitration = caseApi.deadline(claim.id, "NJ_ARBITRATION_REQUEST");
    assertThat(arbitration.get("dueOn").asText()).isEqualTo("2026-09-13");
    assertThat(arbitration.get("status").asText()).isEqualTo("OPEN");
    assertThat(arbitration.get("citation").asText()).contains("26:2SS-10");

    // to New Jersey's arbitration, not the dispute stage's waiting room
    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("stateDispute");
    assertThat(claim(claim).get("stage").asText()).isEqualTo("STATE_DISPUTE");
    var opened = dispute(claim);
    assertThat(opened.get("state").asText()).isEqualTo("NJ");
    assertThat(opened.get("process").asText()).isEqualTo("Arbitration under N.J.S.A. 26:2SS-10");
    assertThat(opened.get("filingDeadline").asText()).isEqualTo("NJ_ARBITRATION_REQUEST");
    assertThat(opened.get("filingDueOn").asText()).isEqualTo("2026-09-13");
    Task prepare = task(claim, "prepareStateDispute");
    assertThat(prepare.getDueDate()).isEqualTo(CaseTime.at(LocalDateTime.of(2026, 9, 13, 23, 59, 59)));

    assertThat(complete(prepare, DISPUTE_PREPARED, SPECIALIST).status()).isEqualTo(204);
    runJobs(claim);
    var filing = api.get(AUDITOR, "/api/claims/" + claim.id + "/correspondence").body().findParents("kind").stream()
        .filter(entry -> entry.get("kind").asText().equals("STATE_DISPUTE_FILING")).findFirst().orElseThrow();
    assertThat(filing.get("channel").asText()).isEqualTo("REVIEW_PORTAL");
    assertThat(filing.get("recipient").asText()).contains("New Jersey Department of Banking and Insurance");

    moveClockTo(LocalDateTime.of(2026, 7, 10, 10, 0));
    assertThat(complete(task(claim, "submitStateDisputeFiling"), "{\"stateDisputeFiledOn\": {\"value\": "
        + "\"2026-07-09\"}, \"stateDisputeReference\": {\"value\": \"DOBI-OON-2026-311\"}}", SPECIALIST).status())
        .isEqualTo(204);
    var filed = dispute(claim);
    assertThat(filed.get("status").asText()).isEqualTo("FILED");
    // no own step in New Jersey: the arbitrator decides within 30 days of the filing
    assertThat(filed.hasNonNull("ownStep")).isFalse();
    assertThat(filed.get("decisionDueOn").asText()).isEqualTo("2026-08-08");
    assertThat(caseApi.deadline(claim.id, "NJ_ARBITRATION_REQUEST").get("status").asText()).isEqualTo("MET");

    moveClockTo(LocalDateTime.of(2026, 8, 6, 10, 0));
    assertThat(complete(task(claim, "recordStateDisputeDecision"), "{\"stateDisputeDecision\": {\"value\": \"WON\"}, "
        + "\"stateDisputeDecisionAmount\": {\"value\": 1600.00}, \"stateDisputeDecidedOn\": {\"value\": "
        + "\"2026-08-05\"}}", SPECIALIST).status()).isEqualTo(204);
    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("awaitSettlementPayment");
    // the carrier pays within 20 days of the decision
    var owed = api.get(AUDITOR, "/api/claims/" + claim.id + "/settlement").body();
    assertThat(owed.get("source").asText()).isEqualTo("STATE_DISPUTE_AWARD");
    assertThat(owed.get("dueOn").asText()).isEqualTo("2026-08-25");

    moveClockTo(LocalDateTime.of(2026, 8, 20, 10, 0));
    assertThat(api.post(INTEGRATION, "/api/claims/" + claim.id + "/payments",
        "{\"receivedOn\": \"2026-08-19\", \"amount\": 1600.00}").status()).isEqualTo(200);
    runJobs(claim);
    var closed = claim(claim);
    assertThat(closed.get("outcome").asText()).isEqualTo("STATE_DISPUTE_WON");
    assertThat(closed.get("disputeOutcome").get("mechanism").asText()).isEqualTo("STATE_DISPUTE");
    assertThat(closed.get("disputeOutcome").get("amount").decimalValue()).isEqualByComparingTo("1600.00");
  }

  @Test
  void withNoOfferExchangedTheWindowCountsFromThePaymentWhenTheNegotiationPeriodEndsAndALostDisputeCloses() {
    var claim = negotiating("NJ-NO-OFFER");

    // nobody prepared the letter: New Jersey's 60-day negotiation ends on 2026-07-31, at the start of 08-01 here
    moveClockTo(LocalDateTime.of(2026, 8, 1, 9, 0));
    runJobs(claim);
    var ended = negotiation(claim);
    assertThat(ended.get("status").asText()).isEqualTo("FAILED");
    assertThat(ended.get("outcomeReason").asText()).isEqualTo("STATE_FILING_MARGIN_REACHED");
    assertThat(ended.get("rounds")).isEmpty();
    // the carrier's payment of 2026-06-01 was its only offer: 90 days from it, four weeks left to file
    assertThat(caseApi.deadline(claim.id, "NJ_ARBITRATION_REQUEST").get("dueOn").asText()).isEqualTo("2026-08-30");
    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("stateDispute");
    assertThat(dispute(claim).get("filingDueOn").asText()).isEqualTo("2026-08-30");

    assertThat(complete(task(claim, "prepareStateDispute"), DISPUTE_PREPARED, SPECIALIST).status()).isEqualTo(204);
    runJobs(claim);
    moveClockTo(LocalDateTime.of(2026, 8, 4, 10, 0));
    var filed = caseApi.event(claim.id,
        "{\"type\": \"STATE_DISPUTE_FILED\", \"on\": \"2026-08-03\", \"reference\": \"DOBI-OON-2026-412\"}");
    assertThat(filed.status()).as(filed.raw().body()).isEqualTo(200);
    assertThat(dispute(claim).get("decisionDueOn").asText()).isEqualTo("2026-09-02");

    moveClockTo(LocalDateTime.of(2026, 8, 28, 10, 0));
    var decided = caseApi.event(claim.id,
        "{\"type\": \"STATE_DISPUTE_DECISION\", \"decision\": \"LOST\", \"on\": \"2026-08-27\"}");
    assertThat(decided.status()).as(decided.raw().body()).isEqualTo(200);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(claim.processInstanceId).count()).isZero();
    var closed = claim(claim);
    assertThat(closed.get("outcome").asText()).isEqualTo("STATE_DISPUTE_LOST");
    assertThat(closed.get("disputeOutcome").get("result").asText()).isEqualTo("LOST");
  }

  record Case(String id, String processInstanceId) {}

  /**
   * An emergency claim of a fully insured New Jersey plan, paid on 2026-06-01, with the itemized bill and the
   * remittance on file, reviewed on 2026-06-02 with NEGOTIATE: waiting for the negotiation's preparation.
   */
  private Case negotiating(String claimNumber) {
    String json = Claims.nsaClaim(claimNumber, "2026-06-01").replace("\"SELF_FUNDED_ERISA\"", "\"FULLY_INSURED\"")
        .replace("\"planState\": \"FL\", \"serviceState\": \"FL\"", "\"planState\": \"NJ\", \"serviceState\": \"NJ\"");
    var created = api.post(INTEGRATION, "/api/claims", json);
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    var claim = new Case(created.body().get("id").asText(), created.body().get("processInstanceId").asText());
    assertThat(claim(claim).get("pathway").asText()).isEqualTo("STATE_PROCESS");
    assertThat(claim(claim).get("stateLaw").asText()).isEqualTo("NJ");
    for (String type : new String[] {"REMITTANCE", "ITEMIZED_BILL"}) {
      caseApi.upload(claim.id, type);
    }
    assertThat(complete(task(claim, "reviewInitialPayment"), "{\"decision\": {\"value\": \"NEGOTIATE\"}}", SPECIALIST)
        .status()).isEqualTo(204);
    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("negotiateOutsideFederalIdr");
    // New Jersey's 60-day negotiation bounds it: 2026-06-01 + 60 days
    assertThat(caseApi.deadline(claim.id, "NJ_NEGOTIATION_PERIOD").get("dueOn").asText()).isEqualTo("2026-07-31");
    return claim;
  }

  private Api.Response payerResponse(Case claim, String type, String amount, String receivedOn) {
    return api.post(INTEGRATION, "/api/claims/" + claim.id + "/payer-responses", "{\"responseType\": \"" + type
        + "\", \"amount\": " + amount + ", \"receivedOn\": \"" + receivedOn + "\"}");
  }

  private java.util.List<String> deadlineCodes(Case claim) {
    return api.get(AUDITOR, "/api/claims/" + claim.id + "/deadlines").body().findValuesAsText("code");
  }

  private JsonNode negotiation(Case claim) {
    return api.get(AUDITOR, "/api/claims/" + claim.id + "/negotiation").body();
  }

  private JsonNode dispute(Case claim) {
    return api.get(AUDITOR, "/api/claims/" + claim.id + "/state-dispute").body();
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
