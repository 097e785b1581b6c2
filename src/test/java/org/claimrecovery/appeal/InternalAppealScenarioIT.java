package org.claimrecovery.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.CaseTime.moveClockTo;
import static org.claimrecovery.support.TestUsers.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
 * The internal appeal end to end on PostgreSQL: a claim denied for medical necessity (CARC 50) on 2026-06-01, whose
 * plan has one level of appeal (rules/appeals.yaml), goes to the internal appeal when the reviewer disputes it. Its
 * filing deadline, INTERNAL_APPEAL_FILING, is 180 days after the denial: 2026-11-28. The payer has no e-mail, so the
 * letter waits in the outbox for a person to mail it.
 */
@IntegrationTest
class InternalAppealScenarioIT {

  static final String GROUNDS = """
      {"appealGrounds": {"value": "The emergency physician documented the need for the scan; see the records."}}
      """;

  @Autowired Api api;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
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
  void aFilingWaitsForItsMissingDocumentsThenIsMailedOverturnedAndPaid() {
    var claim = inAppeal("APPEAL-WON");
    Task prepare = task(claim, "prepareAppeal");
    assertThat(prepare.getDueDate()).isEqualTo(CaseTime.at(LocalDateTime.of(2026, 11, 28, 23, 59, 59)));
    assertThat(deadline(claim, "INTERNAL_APPEAL_FILING").get("dueOn").asText()).isEqualTo("2026-11-28");

    // no grounds, no appeal: the task stays with its person
    var refused = complete(prepare, "{}", SPECIALIST);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("message").asText()).contains("grounds");
    assertThat(complete(task(claim, "prepareAppeal"), GROUNDS, SPECIALIST).status()).isEqualTo(204);

    // nothing is filed while a required document is missing
    Task gather = task(claim, "gatherDocuments");
    assertThat(gather).as("the documentation check asks for the missing documents").isNotNull();
    assertThat(api.get(AUDITOR, "/api/claims/" + claim.id + "/correspondence").body().findValuesAsText("kind"))
        .doesNotContain("APPEAL_LETTER");
    for (String type : new String[] {"DENIAL_LETTER", "ITEMIZED_BILL", "MEDICAL_RECORD", "MEDICAL_NECESSITY_LETTER"}) {
      caseApi.upload(claim.id, type);
    }
    assertThat(complete(gather, "{}", SPECIALIST).status()).isEqualTo(204);
    runJobs(claim);

    // the letter waits in the outbox; its PDF lists the enclosures
    var letter = api.get(AUDITOR, "/api/claims/" + claim.id + "/correspondence").body().findParents("kind").stream()
        .filter(entry -> entry.get("kind").asText().equals("APPEAL_LETTER")).findFirst().orElseThrow();
    assertThat(letter.get("deliveryStatus").asText()).isEqualTo("AWAITING_DISPATCH");
    assertThat(letter.get("round").asInt()).isEqualTo(1);
    moveClockTo(LocalDateTime.of(2026, 6, 4, 10, 0));
    assertThat(complete(task(claim, "confirmAppealDispatch"),
        "{\"dispatchedOn\": {\"value\": \"2026-06-03\"}, \"dispatchProof\": {\"value\": \"USPS 9400 1000\"}}",
        SPECIALIST).status()).isEqualTo(204);

    // filed on the dispatch day: the payer decides within 60 days (one level)
    var level = appeal(claim).get(0);
    assertThat(level.get("filedOn").asText()).isEqualTo("2026-06-03");
    assertThat(level.get("decisionDueOn").asText()).isEqualTo("2026-08-02");
    assertThat(deadline(claim, "INTERNAL_APPEAL_FILING").get("status").asText()).isEqualTo("MET");
    Task decision = task(claim, "recordAppealDecision");
    assertThat(decision.getDueDate()).isEqualTo(CaseTime.at(LocalDateTime.of(2026, 8, 2, 23, 59, 59)));

    moveClockTo(LocalDateTime.of(2026, 7, 20, 10, 0));
    assertThat(complete(decision, "{\"appealDecision\": {\"value\": \"OVERTURNED\"}, "
        + "\"appealDecisionAmount\": {\"value\": 30000.00}, \"appealDecidedOn\": {\"value\": \"2026-07-17\"}}",
        SPECIALIST).status()).isEqualTo(204);
    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("awaitSettlementPayment");

    // a check number that is not one: refused with the field, nothing recorded
    var badReference = api.post(INTEGRATION, "/api/claims/" + claim.id + "/payments",
        "{\"receivedOn\": \"2026-07-20\", \"amount\": 30000.00, \"reference\": \"" + "9".repeat(81) + "\"}");
    assertThat(badReference.status()).isEqualTo(400);
    assertThat(badReference.raw().body()).contains("reference");
    assertThat(api.post(INTEGRATION, "/api/claims/" + claim.id + "/payments",
        "{\"receivedOn\": \"2026-07-20\", \"amount\": 30000.00, \"reference\": \"CHK 100234\"}").status())
        .isEqualTo(200);
    runJobs(claim);
    var payments = api.get(AUDITOR, "/api/claims/" + claim.id + "/settlement").body().get("payments");
    assertThat(payments).hasSize(1);
    assertThat(payments.get(0).get("reference").asText()).isEqualTo("CHK 100234");
    var closed = claim(claim);
    assertThat(closed.get("outcome").asText()).isEqualTo("APPEAL_WON");
    assertThat(closed.get("disputeOutcome").get("mechanism").asText()).isEqualTo("INTERNAL_APPEAL");
    assertThat(closed.get("disputeOutcome").get("result").asText()).isEqualTo("WON");
    assertThat(closed.get("disputeOutcome").get("amount").decimalValue()).isEqualByComparingTo("30000.00");
  }

  @Test
  void aPayerSilentPastItsDeadlineExhaustsTheAppealAndExternalReviewCountsByTheMonthEndRule() {
    var claim = inAppeal("APPEAL-SILENT");
    documentsOnFile(claim);
    assertThat(complete(task(claim, "prepareAppeal"), GROUNDS, SPECIALIST).status()).isEqualTo(204);
    runJobs(claim);
    moveClockTo(LocalDateTime.of(2026, 9, 1, 10, 0));
    // filed through the API on 2026-08-31: the payer must decide by 2026-10-30
    var filed = event(claim, "{\"type\": \"APPEAL_FILED\", \"level\": 1, \"on\": \"2026-08-31\"}");
    assertThat(filed.status()).as(filed.raw().body()).isEqualTo(200);
    assertThat(task(claim, "recordAppealDecision").getDueDate())
        .isEqualTo(CaseTime.at(LocalDateTime.of(2026, 10, 30, 23, 59, 59)));
    // a level can be filed once
    assertThat(event(claim, "{\"type\": \"APPEAL_FILED\", \"level\": 1, \"on\": \"2026-08-31\"}").status())
        .isEqualTo(409);

    moveClockTo(LocalDateTime.of(2026, 10, 31, 9, 0));
    runJobs(claim);

    // 29 CFR 2560.503-1(l): exhausted the day after; 4 months after 2026-10-31 has no February 31st: 2027-03-01
    var level = appeal(claim).get(0);
    assertThat(level.get("decision").asText()).isEqualTo("NO_DECISION");
    assertThat(deadline(claim, "EXTERNAL_REVIEW_REQUEST").get("dueOn").asText()).isEqualTo("2027-03-01");
    // external review follows (ExternalReviewScenarioIT): the appeal's outcome stays LOST until it has one
    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("externalReview");
    assertThat(claim(claim).get("stage").asText()).isEqualTo("EXTERNAL_REVIEW");
    assertThat(claim(claim).get("disputeOutcome").get("mechanism").asText()).isEqualTo("INTERNAL_APPEAL");
    assertThat(claim(claim).get("disputeOutcome").get("result").asText()).isEqualTo("LOST");
  }

  @Test
  void supervisorsAreRemindedAndAMissedFilingIsRecordedWithWhoHeldIt() {
    var claim = inAppeal("APPEAL-LATE");
    assertThat(api.post(SPECIALIST, "/engine-rest/task/" + task(claim, "prepareAppeal").getId() + "/claim",
        "{\"userId\": \"specialist\"}").status()).isEqualTo(204);

    // 30 and 10 days before 2026-11-28 (rules/appeals.yaml)
    moveClockTo(LocalDateTime.of(2026, 10, 29, 9, 0));
    runJobs(claim);
    Task reminder = task(claim, "remindAppealUnfiled");
    assertThat(reminder).isNotNull();
    assertThat(tasks.getIdentityLinksForTask(reminder.getId())).anySatisfy(link ->
        assertThat(link.getGroupId()).isEqualTo("billing-supervisors"));

    moveClockTo(LocalDateTime.of(2026, 11, 29, 9, 0));
    runJobs(claim);
    var level = appeal(claim).get(0);
    assertThat(level.get("status").asText()).isEqualTo("MISSED");
    assertThat(level.get("note").asText()).contains("2026-11-28", "held by specialist");
    assertThat(claim(claim).get("outcome").asText()).isEqualTo("APPEAL_MISSED");
    assertThat(task(claim, "reviewMissedAppeal")).isNotNull();
  }

  @Test
  void eventsThatDoNotFitAreRefusedWithTheReason() {
    var notInAppeal = api.post(INTEGRATION, "/api/claims", Claims.deniedClaim("APPEAL-EVENTS", "2026-06-01"));
    String id = notInAppeal.body().get("id").asText();

    var noAppeal = api.post(INTEGRATION, "/api/claims/" + id + "/events",
        "{\"type\": \"APPEAL_DECISION\", \"level\": 1, \"decision\": \"UPHELD\", \"on\": \"2026-06-01\"}");
    assertThat(noAppeal.status()).isEqualTo(409);
    var wrong = api.post(INTEGRATION, "/api/claims/" + id + "/events",
        "{\"type\": \"APPEAL_DECISION\", \"level\": 3, \"decision\": \"MAYBE\", \"on\": \"2026-06-01\"}");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.body().findValuesAsText("field")).contains("level", "decision");
    assertThat(api.post(AUDITOR, "/api/claims/" + id + "/events",
        "{\"type\": \"APPEAL_FILED\", \"level\": 1, \"on\": \"2026-06-01\"}").status()).isEqualTo(403);
  }

  record Case(String id, String processInstanceId) {}

  /** A claim denied on 2026-06-01 that the reviewer disputes: the internal appeal waits for its preparation. */
  private Case inAppeal(String claimNumber) {
    var created = api.post(INTEGRATION, "/api/claims", Claims.deniedClaim(claimNumber, "2026-06-01"));
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    var claim = new Case(created.body().get("id").asText(), created.body().get("processInstanceId").asText());
    assertThat(claim(claim).get("pathway").asText()).isEqualTo("APPEAL");
    assertThat(complete(task(claim, "reviewInitialPayment"), "{\"decision\": {\"value\": \"DISPUTE\"}}", SPECIALIST)
        .status()).isEqualTo(204);
    assertThat(claim(claim).get("stage").asText()).isEqualTo("INTERNAL_APPEAL");
    return claim;
  }

  private void documentsOnFile(Case claim) {
    for (String type : new String[] {"REMITTANCE", "ITEMIZED_BILL", "MEDICAL_RECORD", "MEDICAL_NECESSITY_LETTER"}) {
      caseApi.upload(claim.id, type);
    }
  }

  private JsonNode appeal(Case claim) {
    return api.get(AUDITOR, "/api/claims/" + claim.id + "/appeal").body();
  }

  private Api.Response event(Case claim, String json) {
    return caseApi.event(claim.id, json);
  }

  private JsonNode claim(Case claim) {
    return caseApi.claim(claim.id);
  }

  private JsonNode deadline(Case claim, String code) {
    return caseApi.deadline(claim.id, code);
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
