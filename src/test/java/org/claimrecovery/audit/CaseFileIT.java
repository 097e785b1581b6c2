package org.claimrecovery.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.TestUsers.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.CaseApi;
import org.claimrecovery.support.CaseProcesses;
import org.claimrecovery.support.Claims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.claimrecovery.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case file of an ended case, as an auditor reads it: the path taken, who did what with what, the decision that
 * chose the pathway, the deadlines with their rules, documents with hashes; the same facts and checksum in the JSON
 * and the PDF; and every reading recorded in the file itself.
 */
@IntegrationTest
class CaseFileIT {

  @Autowired Api api;
  @Autowired CaseApi cases;
  @Autowired CaseProcesses processes;

  @BeforeEach
  void startOfJune() {
    ClockUtil.setCurrentTime(Timestamp.valueOf("2026-06-02 10:00:00"));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anEndedCasesFileShowsThePathWhoDidWhatTheDecisionDeadlinesAndDocuments() throws IOException {
    var posted = api.post(INTEGRATION, "/api/claims", Claims.nsaClaim("AUDIT-1", "2026-06-01")).body();
    String claimId = posted.get("id").asText();
    String instance = posted.get("processInstanceId").asText();
    cases.upload(claimId, "ITEMIZED_BILL");
    var review = processes.task(instance, "reviewInitialPayment");
    assertThat(cases.complete(review, "{\"decision\": {\"value\": \"ACCEPT\"}, "
        + "\"acceptReason\": {\"value\": \"Contract rate agreed by phone\"}}", SPECIALIST).status()).isEqualTo(204);
    processes.runDueJobs(instance);

    var answer = api.get(AUDITOR, "/api/claims/" + claimId + "/audit.json");

    assertThat(answer.status()).isEqualTo(200);
    JsonNode file = answer.body();
    JsonNode facts = file.get("facts");
    assertThat(facts.get("claim").get("claimNumber").asText()).isEqualTo("AUDIT-1");
    assertThat(facts.get("outcome").get("status").asText()).isEqualTo("CLOSED");
    assertThat(facts.get("outcome").get("outcome").asText()).isEqualTo("INITIAL_PAYMENT_ACCEPTED");

    // the case's process ran to its end, with every activity's start and end
    JsonNode process = facts.get("processes").get(0);
    assertThat(process.get("definitionKey").asText()).isEqualTo("claim-recovery");
    assertThat(process.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(process.get("endedAt").asText()).isNotBlank();
    assertThat(process.get("activities").findValuesAsText("activityId"))
        .contains("reviewInitialPayment", "paymentAccepted");
    for (JsonNode activity : process.get("activities")) {
      assertThat(activity.get("endedAt")).as(activity.get("activityId") + " ended").isNotNull();
    }

    // who completed the review and what they submitted
    JsonNode reviewTask = facts.get("tasks").findParents("taskKey").stream()
        .filter(task -> task.get("taskKey").asText().equals("reviewInitialPayment")).findFirst().orElseThrow();
    assertThat(reviewTask.get("completedBy").asText()).isEqualTo(SPECIALIST);
    assertThat(submitted(reviewTask)).contains("decision=ACCEPT", "acceptReason=Contract rate agreed by phone");

    // the decision that chose the pathway, with its inputs and result
    JsonNode pathway = facts.get("decisions").findParents("decisionKey").stream()
        .filter(decision -> decision.get("decisionKey").asText().equals("disputePathway")).findFirst().orElseThrow();
    assertThat(pathway.get("inputs").findValuesAsText("value")).contains("EMERGENCY", "SELF_FUNDED_ERISA");
    assertThat(pathway.get("outputs").findValuesAsText("value")).contains("FEDERAL_IDR");

    // the deadlines with status, rule and citation; the document with its hash; the completion in the log
    JsonNode initiation = facts.get("deadlines").findParents("code").stream()
        .filter(deadline -> deadline.get("code").asText().equals("OPEN_NEGOTIATION_INITIATION")).findFirst()
        .orElseThrow();
    assertThat(initiation.get("status").asText()).isEqualTo("NOT_APPLICABLE");
    assertThat(initiation.get("citation").asText()).isNotBlank();
    assertThat(facts.get("documents").get(0).get("sha256").asText()).hasSize(64);
    assertThat(facts.get("operations").findParents("operation").stream()
        .anyMatch(op -> op.get("operation").asText().equals("Complete") && op.get("userId").asText().equals(SPECIALIST)))
        .isTrue();

    // the checksum is of the facts: the same on the next reading and in the PDF, which names its generation
    String checksum = file.get("checksum").asText();
    assertThat(checksum).hasSize(64);
    var pdf = api.getBytes(SUPERVISOR, "/api/claims/" + claimId + "/audit.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    String text;
    int pages;
    try (var document = Loader.loadPDF(pdf.body())) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      pages = document.getNumberOfPages();
    }
    assertThat(pages).isGreaterThanOrEqualTo(2);
    assertThat(text).contains("Case file: claim AUDIT-1", "Generated on", "for supervisor", checksum,
        "Review initial payment", "acceptReason = Contract rate agreed by phone", "disputePathway", "FEDERAL_IDR",
        "OPEN_NEGOTIATION_INITIATION", facts.get("documents").get(0).get("sha256").asText(), "Page 1 of " + pages);

    // each reading is recorded, and the record is part of the file
    var again = api.get(SPECIALIST, "/api/claims/" + claimId + "/audit.json").body();
    assertThat(again.get("checksum").asText()).isEqualTo(checksum);
    assertThat(again.get("readings").findValuesAsText("readBy")).containsExactly(AUDITOR, SUPERVISOR, SPECIALIST);
    assertThat(again.get("readings").findValuesAsText("format")).containsExactly("JSON", "PDF", "JSON");
  }

  @Test
  void aRunningCasesFileShowsTheTaskItWaitsInAndNobodyOutsideTheReadersReadsIt() {
    var posted = api.post(INTEGRATION, "/api/claims", Claims.nsaClaim("AUDIT-2", "2026-06-01")).body();
    String claimId = posted.get("id").asText();

    var file = api.get(INTEGRATION, "/api/claims/" + claimId + "/audit.json").body().get("facts");
    assertThat(file.get("processes").get(0).get("state").asText()).isEqualTo("ACTIVE");
    JsonNode review = file.get("tasks").get(0);
    assertThat(review.get("name").asText()).isEqualTo("Review initial payment");
    assertThat(review.get("endedAt")).isNull();
    assertThat(file.get("deadlines").findValuesAsText("status")).contains("OPEN");

    assertThat(api.get(OWNER, "/api/claims/" + claimId + "/audit.json").status()).isEqualTo(403);
    assertThat(api.get(OUTSIDER, "/api/claims/" + claimId + "/audit.pdf").status()).isEqualTo(403);
    assertThat(api.get(AUDITOR, "/api/claims/no-such-claim/audit.json").status()).isEqualTo(404);
    var readings = api.get(AUDITOR, "/api/claims/" + claimId + "/audit.json").body().get("readings");
    assertThat(readings.findValuesAsText("readBy")).containsExactly(INTEGRATION, AUDITOR);
  }

  private static List<String> submitted(JsonNode task) {
    var values = new ArrayList<String>();
    task.get("submitted").forEach(value -> values.add(value.get("name").asText() + "=" + value.get("value").asText()));
    return values;
  }
}
