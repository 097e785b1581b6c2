package org.claimrecovery.externalreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.CaseTime.moveClockTo;
import static org.claimrecovery.support.TestUsers.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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
    // the form names the deadline that binds the request, with its day in words and its rule
    var opened = api.get(SPECIALIST, "/engine-rest/task/" + prepare.getId() + "/form-variables").body();
    assertThat(opened.get("caseHeadline").get("value").asText()).contains("**Next deadline** Request "
        + "external review of the final internal adverse determination", "by March 1, 2027", "2590\\.715",
        "**Provider** Riverside Orthopedics (NPI 1234567893) · **Pathway** payer appeals, then external review");

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
  void anUpheldReviewGoesToAComplaintToTheRegulatorWhoseFindingThePayerPays() throws Exception {
    // a self-funded employer plan: its regulator is the Department of Labor (rules/regulators.yaml, DOL_EBSA)
    var claim = inExternalReview("REVIEW-COMPLAINT", Claims.deniedClaim("REVIEW-COMPLAINT", "2026-06-01")
        .replace("\"FULLY_INSURED\"", "\"SELF_FUNDED_ERISA\""));
    upheldAfterTheReviewerWasAsked(claim);
    assertThat(complete(task(claim, "decideAfterUpheld"), "{\"afterUpheldChoice\": {\"value\": \"COMPLAINT\"}, "
        + "\"afterUpheldNote\": {\"value\": \"The IRO ignored the records\"}}", SUPERVISOR).status()).isEqualTo(204);

    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("regulatorComplaint");
    assertThat(claim(claim).get("stage").asText()).isEqualTo("REGULATOR_COMPLAINT");
    assertThat(review(claim).get("note").asText()).contains("Complaint", "The IRO ignored the records");
    var opened = complaint(claim);
    assertThat(opened.get("regulatorId").asText()).isEqualTo("DOL_EBSA");
    assertThat(opened.get("regulator").asText()).contains("Employee Benefits Security Administration");
    assertThat(opened.get("cause").asText()).isEqualTo("ADVERSE_DECISION");
    assertThat(opened.get("status").asText()).isEqualTo("PREPARING");

    // no grounds, no complaint: the task stays with its person
    var refused = complete(task(claim, "prepareComplaint"), "{}", SPECIALIST);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("message").asText()).contains("complaintGrounds");
    assertThat(complete(task(claim, "prepareComplaint"), "{\"complaintGrounds\": {\"value\": \"The plan decided "
        + "the review without the records we sent.\"}}", SPECIALIST).status()).isEqualTo(204);
    // a complaint encloses the correspondence with the payer: nothing goes out without it
    Task gather = task(claim, "gatherDocuments");
    assertThat(gather).as("the documentation check asks for the correspondence").isNotNull();
    upload(claim, "CORRESPONDENCE");
    assertThat(complete(gather, "{}", SPECIALIST).status()).isEqualTo(204);
    runJobs(claim);

    var ledger = api.get(AUDITOR, "/api/claims/" + claim.id + "/correspondence").body().findParents("kind");
    var filing = ledger.stream().filter(entry -> entry.get("kind").asText().equals("REGULATOR_COMPLAINT"))
        .findFirst().orElseThrow();
    assertThat(filing.get("deliveryStatus").asText()).isEqualTo("AWAITING_DISPATCH");
    assertThat(filing.get("channel").asText()).isEqualTo("REVIEW_PORTAL");
    String pdf = pdfText(claim, filing.get("id").asText());
    assertThat(pdf).contains("Employee Benefits Security Administration", "REVIEW-COMPLAINT",
        "The plan decided the review without the records we sent.", "Timeline of the case",
        "Request external review", "Correspondence, with each item's SHA-256");
    // every earlier item of the ledger is listed with its hash, so a copy can be matched to the record
    ledger.stream().filter(entry -> !entry.get("kind").asText().equals("REGULATOR_COMPLAINT")
        && entry.hasNonNull("sha256"))
        .forEach(entry -> assertThat(pdf.replace(" ", "")).contains(entry.get("sha256").asText()));

    moveClockTo(LocalDateTime.of(2026, 12, 29, 10, 0));
    assertThat(complete(task(claim, "submitComplaint"), "{\"complaintFiledOn\": {\"value\": \"2026-12-28\"}, "
        + "\"complaintReference\": {\"value\": \"EBSA-77\"}}", SPECIALIST).status()).isEqualTo(204);
    var filed = complaint(claim);
    assertThat(filed.get("status").asText()).isEqualTo("FILED");
    // the regulator's 30 days (rules/regulators.yaml)
    assertThat(filed.get("responseDueOn").asText()).isEqualTo("2027-01-27");
    assertThat(task(claim, "recordComplaintAnswer").getDueDate())
        .isEqualTo(CaseTime.at(LocalDateTime.of(2027, 1, 27, 23, 59, 59)));
    assertThat(event(claim, "{\"type\": \"COMPLAINT_FILED\", \"on\": \"2026-12-28\"}").status()).isEqualTo(409);

    // no answer in the regulator's time: supervisors follow up, and the answer is still awaited
    moveClockTo(LocalDateTime.of(2027, 1, 28, 9, 0));
    runJobs(claim);
    Task followUp = task(claim, "followUpComplaint");
    assertThat(followUp).isNotNull();
    assertThat(complete(followUp, "{\"complaintFollowedUpOn\": {\"value\": \"2027-01-28\"}, "
        + "\"complaintFollowUpNote\": {\"value\": \"Called EBSA, answer in two weeks\"}}", SUPERVISOR).status())
        .isEqualTo(204);
    assertThat(complaint(claim).get("followUps").asInt()).isEqualTo(1);
    assertThat(complaint(claim).get("note").asText()).contains("supervisor", "Called EBSA");

    moveClockTo(LocalDateTime.of(2027, 2, 11, 10, 0));
    var answered = event(claim, "{\"type\": \"COMPLAINT_RESOLVED\", \"result\": \"JUSTIFIED\", "
        + "\"amount\": 30000.00, \"on\": \"2027-02-10\"}");
    assertThat(answered.status()).as(answered.raw().body()).isEqualTo(200);
    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("awaitSettlementPayment");
    // the plan's 30 days to pay what the regulator found (rules/regulators.yaml)
    assertThat(claim(claim).get("stage").asText()).isEqualTo("AWAITING_SETTLEMENT_PAYMENT");
    moveClockTo(LocalDateTime.of(2027, 2, 21, 10, 0));
    assertThat(api.post(INTEGRATION, "/api/claims/" + claim.id + "/payments",
        "{\"receivedOn\": \"2027-02-20\", \"amount\": 30000.00}").status()).isEqualTo(200);
    runJobs(claim);
    var closed = claim(claim);
    assertThat(closed.get("outcome").asText()).isEqualTo("COMPLAINT_WON");
    assertThat(closed.get("disputeOutcome").get("mechanism").asText()).isEqualTo("REGULATOR_COMPLAINT");
    assertThat(closed.get("disputeOutcome").get("result").asText()).isEqualTo("WON");
    assertThat(closed.get("disputeOutcome").get("reference").asText()).isEqualTo("EBSA-77");
  }

  @Test
  void aComplaintIsRefusedWhereNoRegulatorTakesItAndTheTaskStays() {
    // a fully insured plan of Pennsylvania: rules/regulators.yaml names no regulator for it
    var claim = inExternalReview("REVIEW-NO-REGULATOR");
    upheldAfterTheReviewerWasAsked(claim);
    Task decide = task(claim, "decideAfterUpheld");
    assertThat(api.post(SUPERVISOR, "/engine-rest/task/" + decide.getId() + "/claim",
        "{\"userId\": \"supervisor\"}").status()).isEqualTo(204);

    var refused = complete(decide, "{\"afterUpheldChoice\": {\"value\": \"COMPLAINT\"}}", SUPERVISOR);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("message").asText()).contains("No regulator in rules/regulators.yaml",
        "FULLY_INSURED", "PA");
    Task kept = task(claim, "decideAfterUpheld");
    assertThat(kept.getId()).isEqualTo(decide.getId());
    assertThat(kept.getAssignee()).isEqualTo("supervisor");

    assertThat(complete(kept, "{\"afterUpheldChoice\": {\"value\": \"CLOSE\"}}", SUPERVISOR).status())
        .isEqualTo(204);
    assertThat(claim(claim).get("outcome").asText()).isEqualTo("EXTERNAL_REVIEW_LOST");
    assertThat(api.get(AUDITOR, "/api/claims/" + claim.id + "/complaint").status()).isEqualTo(404);
  }

  /** The review is requested on 2026-11-09, the IRO is late (supervisors ask it) and upholds on 2026-12-24. */
  private void upheldAfterTheReviewerWasAsked(Case claim) {
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
    assertThat(complete(task(claim, "askReviewerForDecision"), "{\"reviewerAskedNote\": {\"value\": \"Asked\"}}",
        SUPERVISOR).status()).isEqualTo(204);

    assertThat(complete(task(claim, "recordExternalReviewDecision"), "{\"externalReviewDecision\": {\"value\": "
        + "\"UPHELD\"}, \"externalReviewDecidedOn\": {\"value\": \"2026-12-24\"}}", SPECIALIST).status())
        .isEqualTo(204);
    var upheld = claim(claim);
    assertThat(upheld.get("disputeOutcome").get("mechanism").asText()).isEqualTo("EXTERNAL_REVIEW");
    assertThat(upheld.get("disputeOutcome").get("result").asText()).isEqualTo("LOST");
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
    return inExternalReview(claimNumber, Claims.deniedClaim(claimNumber, "2026-06-01"));
  }

  private Case inExternalReview(String claimNumber, String claimJson) {
    var created = api.post(INTEGRATION, "/api/claims", claimJson);
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

  private JsonNode complaint(Case claim) {
    return api.get(AUDITOR, "/api/claims/" + claim.id + "/complaint").body();
  }

  private String pdfText(Case claim, String correspondenceId) throws Exception {
    byte[] pdf = api.getBytes(AUDITOR, "/api/claims/" + claim.id + "/correspondence/" + correspondenceId + "/document")
        .body();
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
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
