package org.claimrecovery.externalreview;

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
 * External review end to end on PostgreSQL: a claim denied for medical necessity on 2026-06-01 whose internal appeal
 * (filed 2026-08-31) the payer leaves undecided past 2026-10-30: exhausted on 2026-10-31, so EXTERNAL_REVIEW_REQUEST is
 * due 2027-03-01 (4 months, no February 31st). The case goes to external review.
 */
@IntegrationTest
class ExternalReviewScenarioIT {

  static final String PREPARED = """
      {"externalReviewGrounds": {"value": "The records show the scan was needed; the plan ignored them."},
       "externalReviewer": {"value": "Acme Independent Review, PO Box 10, Columbus OH 43085"},
       "externalReviewChannel": {"value": "MAIL"}}
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
  void theRequestIsFiledOverturnedAndPaid() {
    var claim = inExternalReview("REVIEW-WON");
    Task prepare = task(claim, "prepareExternalReview");
    assertThat(prepare.getDueDate()).isEqualTo(CaseTime.at(LocalDateTime.of(2027, 3, 1, 23, 59, 59)));
    assertThat(review(claim).get("requestDueOn").asText()).isEqualTo("2027-03-01");

    // no grounds, no request: the task stays with its person
    var refused = complete(prepare, "{\"externalReviewer\": {\"value\": \"Acme IRO\"}}", SPECIALIST);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("message").asText()).contains("externalReviewGrounds");
    assertThat(complete(task(claim, "prepareExternalReview"), PREPARED, SPECIALIST).status()).isEqualTo(204);
    // the final internal decision letter is still missing: nothing goes out
    Task gather = task(claim, "gatherDocuments");
    assertThat(gather).as("the documentation check asks for the final internal decision letter").isNotNull();
    upload(claim, "APPEAL_DECISION_LETTER");
    assertThat(complete(gather, "{}", SPECIALIST).status()).isEqualTo(204);
    runJobs(claim);

    var request = api.get(AUDITOR, "/api/claims/" + claim.id + "/correspondence").body().findParents("kind").stream()
        .filter(entry -> entry.get("kind").asText().equals("EXTERNAL_REVIEW_REQUEST")).findFirst().orElseThrow();
    assertThat(request.get("deliveryStatus").asText()).isEqualTo("AWAITING_DISPATCH");
    assertThat(request.get("round").asInt()).isEqualTo(0);
    assertThat(request.get("channel").asText()).isEqualTo("MAIL");

    moveClockTo(LocalDateTime.of(2026, 11, 10, 10, 0));
    assertThat(complete(task(claim, "submitExternalReviewRequest"), "{\"externalReviewRequestedOn\": {\"value\": "
        + "\"2026-11-09\"}, \"externalReviewRequestProof\": {\"value\": \"USPS 9400 2000\"}}", SPECIALIST).status())
        .isEqualTo(204);
    var requested = review(claim);
    assertThat(requested.get("status").asText()).isEqualTo("REQUESTED");
    assertThat(requested.get("requestedOn").asText()).isEqualTo("2026-11-09");
    // 45 days after the request: the IRO's deadline
    assertThat(requested.get("decisionDueOn").asText()).isEqualTo("2026-12-24");
    assertThat(deadline(claim, "EXTERNAL_REVIEW_REQUEST").get("status").asText()).isEqualTo("MET");
    assertThat(task(claim, "recordExternalReviewDecision").getDueDate())
        .isEqualTo(CaseTime.at(LocalDateTime.of(2026, 12, 24, 23, 59, 59)));

    moveClockTo(LocalDateTime.of(2026, 12, 15, 10, 0));
    var decided = event(claim, "{\"type\": \"EXTERNAL_REVIEW_DECISION\", \"decision\": \"OVERTURNED\", "
        + "\"amount\": 30000.00, \"on\": \"2026-12-14\"}");
    assertThat(decided.status()).as(decided.raw().body()).isEqualTo(200);
    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("awaitSettlementPayment");

    assertThat(api.post(INTEGRATION, "/api/claims/" + claim.id + "/payments",
        "{\"receivedOn\": \"2026-12-15\", \"amount\": 30000.00}").status()).isEqualTo(200);
    runJobs(claim);
    var closed = claim(claim);
    assertThat(closed.get("outcome").asText()).isEqualTo("EXTERNAL_REVIEW_WON");
    // the latest mechanism's outcome, not the internal appeal's
    assertThat(closed.get("disputeOutcome").get("mechanism").asText()).isEqualTo("EXTERNAL_REVIEW");
    assertThat(closed.get("disputeOutcome").get("result").asText()).isEqualTo("WON");
  }

  @Test
  void anUpheldReviewTheSupervisorSendsToAComplaintWaitsAtTheDisputeStage() {
    var claim = inExternalReview("REVIEW-UPHELD");
    upload(claim, "APPEAL_DECISION_LETTER");
    assertThat(complete(task(claim, "prepareExternalReview"), PREPARED, SPECIALIST).status()).isEqualTo(204);
    runJobs(claim);
    moveClockTo(LocalDateTime.of(2026, 11, 10, 10, 0));
    var requested = event(claim, "{\"type\": \"EXTERNAL_REVIEW_REQUESTED\", \"on\": \"2026-11-09\"}");
    assertThat(requested.status()).as(requested.raw().body()).isEqualTo(200);
    assertThat(event(claim, "{\"type\": \"EXTERNAL_REVIEW_REQUESTED\", \"on\": \"2026-11-09\"}").status())
        .isEqualTo(409);

    // the IRO is late: supervisors ask it, the decision task stays
    moveClockTo(LocalDateTime.of(2026, 12, 25, 9, 0));
    runJobs(claim);
    assertThat(task(claim, "askReviewerForDecision")).isNotNull();
    assertThat(task(claim, "recordExternalReviewDecision")).isNotNull();

    assertThat(complete(task(claim, "recordExternalReviewDecision"), "{\"externalReviewDecision\": {\"value\": "
        + "\"UPHELD\"}, \"externalReviewDecidedOn\": {\"value\": \"2026-12-24\"}}", SPECIALIST).status())
        .isEqualTo(204);
    assertThat(complete(task(claim, "decideAfterUpheld"), "{\"afterUpheldChoice\": {\"value\": \"COMPLAINT\"}, "
        + "\"afterUpheldNote\": {\"value\": \"The IRO ignored the records\"}}", SUPERVISOR).status()).isEqualTo(204);
    assertThat(complete(task(claim, "askReviewerForDecision"), "{\"reviewerAskedNote\": {\"value\": \"Decided\"}}",
        SUPERVISOR).status()).isEqualTo(204);

    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("awaitDisputeStage");
    var waiting = claim(claim);
    assertThat(waiting.get("stage").asText()).isEqualTo("AWAITING_DISPUTE_STAGE");
    assertThat(waiting.get("disputeOutcome").get("mechanism").asText()).isEqualTo("EXTERNAL_REVIEW");
    assertThat(waiting.get("disputeOutcome").get("result").asText()).isEqualTo("LOST");
    assertThat(review(claim).get("note").asText()).contains("Complaint", "The IRO ignored the records");
  }

  @Test
  void aMissedRequestDeadlineIsRecordedWithWhoHeldItAndClosesTheCase() {
    var claim = inExternalReview("REVIEW-LATE");
    assertThat(api.post(SPECIALIST, "/engine-rest/task/" + task(claim, "prepareExternalReview").getId() + "/claim",
        "{\"userId\": \"specialist\"}").status()).isEqualTo(204);

    moveClockTo(LocalDateTime.of(2027, 3, 2, 9, 0));
    runJobs(claim);
    var review = review(claim);
    assertThat(review.get("status").asText()).isEqualTo("MISSED");
    assertThat(review.get("note").asText()).contains("2027-03-01", "held by specialist");
    assertThat(claim(claim).get("outcome").asText()).isEqualTo("EXTERNAL_REVIEW_MISSED");
    assertThat(claim(claim).get("disputeOutcome").get("result").asText()).isEqualTo("MISSED");
    assertThat(task(claim, "reviewMissedExternalReview")).isNotNull();
  }

  record Case(String id, String processInstanceId) {}

  /** A denied claim disputed on 2026-06-02 whose internal appeal the payer lets lapse: exhausted on 2026-10-31. */
  private Case inExternalReview(String claimNumber) {
    var created = api.post(INTEGRATION, "/api/claims", Claims.deniedClaim(claimNumber, "2026-06-01"));
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    var claim = new Case(created.body().get("id").asText(), created.body().get("processInstanceId").asText());
    assertThat(complete(task(claim, "reviewInitialPayment"), "{\"decision\": {\"value\": \"DISPUTE\"}}", SPECIALIST)
        .status()).isEqualTo(204);
    for (String type : new String[] {"REMITTANCE", "ITEMIZED_BILL", "MEDICAL_RECORD", "MEDICAL_NECESSITY_LETTER"}) {
      upload(claim, type);
    }
    assertThat(complete(task(claim, "prepareAppeal"), "{\"appealGrounds\": {\"value\": \"Necessary care\"}}",
        SPECIALIST).status()).isEqualTo(204);
    runJobs(claim);
    moveClockTo(LocalDateTime.of(2026, 9, 1, 10, 0));
    assertThat(event(claim, "{\"type\": \"APPEAL_FILED\", \"level\": 1, \"on\": \"2026-08-31\"}").status())
        .isEqualTo(200);
    moveClockTo(LocalDateTime.of(2026, 10, 31, 9, 0));
    runJobs(claim);
    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("externalReview");
    assertThat(claim(claim).get("stage").asText()).isEqualTo("EXTERNAL_REVIEW");
    return claim;
  }

  private void upload(Case claim, String type) {
    caseApi.upload(claim.id, type);
  }

  private JsonNode review(Case claim) {
    return api.get(AUDITOR, "/api/claims/" + claim.id + "/external-review").body();
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
