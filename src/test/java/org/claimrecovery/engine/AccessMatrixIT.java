package org.claimrecovery.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.TestUsers.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.claimrecovery.documents.TestFiles;
import org.claimrecovery.support.AccessMatrix;
import org.claimrecovery.support.AccessMatrix.Expected;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.Api.Response;
import org.claimrecovery.support.Claims;
import org.claimrecovery.support.IntegrationTest;
import org.claimrecovery.support.Remittances;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Walks the README's access matrix: every operation, for every group, a user in no group and an anonymous
 * caller, against the running service on PostgreSQL.
 */
@IntegrationTest
class AccessMatrixIT {

  @Autowired Api api;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired RepositoryService repository;

  /** One case under review, made fresh for a cell. */
  record Case(String claimId, String processInstanceId, String reviewTaskId) {}

  private final Map<String, Function<String, Response>> operations = new LinkedHashMap<>();
  private Case shared;

  {
    operations.put("`GET /api/claims/{id}` (and the list, deadlines, negotiation, correspondence, documents)",
        caller -> api.get(caller, "/api/claims/" + reviewCase().claimId()));
    operations.put("`GET /api/claims/{id}/dispute`, `/appeal`, `/external-review`, `/state-dispute`, `/complaint` (the "
        + "mechanisms' records)", caller -> {
      // one verdict for the five: a refusal of any of them is what the cell must show
      var c = reviewCase();
      var answers = Stream.of("dispute", "appeal", "external-review", "state-dispute", "complaint")
          .map(record -> api.get(caller, "/api/claims/" + c.claimId() + "/" + record)).toList();
      return answers.stream().filter(answer -> answer.status() == 401 || answer.status() == 403).findFirst()
          .orElse(answers.get(0));
    });
    operations.put("`GET /api/claims/{id}/documents/{documentId}/content`", caller -> {
      var c = reviewCase();
      var document = api.upload(INTEGRATION, "/api/claims/" + c.claimId() + "/documents", "file", "bill.pdf",
          TestFiles.pdf(1), Map.of("type", "ITEMIZED_BILL"));
      return api.get(caller, "/api/claims/" + c.claimId() + "/documents/" + document.body().get("id").asText()
          + "/content");
    });
    operations.put("`GET /api/claims/{id}/audit.json` (and `audit.pdf`, `/history`: the case file; the reading is "
        + "recorded)", caller -> {
      // one verdict for the three: a refusal of any of them is what the cell must show
      var c = reviewCase();
      var answers = Stream.of("audit.json", "audit.pdf", "history")
          .map(form -> api.get(caller, "/api/claims/" + c.claimId() + "/" + form)).toList();
      return answers.stream().filter(answer -> answer.status() == 401 || answer.status() == 403).findFirst()
          .orElse(answers.get(0));
    });
    operations.put("`GET /api/deadlines` (the calendar; and `/api/audit/cases`, the case search)", caller -> {
      var answers = Stream.of("/api/deadlines", "/api/audit/cases").map(path -> api.get(caller, path)).toList();
      return answers.stream().filter(answer -> answer.status() == 401 || answer.status() == 403).findFirst()
          .orElse(answers.get(0));
    });
    operations.put("`GET /api/reports/outcomes`", caller -> api.get(caller, "/api/reports/outcomes"));
    operations.put("`POST /api/claims`",
        caller -> api.post(caller, "/api/claims", Claims.nsaClaim(claimNumber(), "2026-06-01")));
    operations.put("`POST /api/claims/{id}/initial-payment`", caller -> {
      var unpaid = api.post(INTEGRATION, "/api/claims", Claims.unpaidClaim(claimNumber(), "2026-05-01"));
      return api.post(caller, "/api/claims/" + unpaid.body().get("id").asText() + "/initial-payment",
          "{\"initialPayment\": {\"receivedOn\": \"2026-05-20\", \"amount\": 500.00}}");
    });
    operations.put("`POST /api/claims/{id}/documents`", caller -> api.upload(caller,
        "/api/claims/" + reviewCase().claimId() + "/documents", "file", "record.pdf", TestFiles.pdf(1),
        Map.of("type", "MEDICAL_RECORD")));
    operations.put("`POST /api/claims/{id}/payer-responses`", caller -> api.post(caller,
        "/api/claims/" + reviewCase().claimId() + "/payer-responses",
        "{\"responseType\": \"REJECTED\", \"receivedOn\": \"2026-06-02\"}"));
    operations.put("`POST /api/claims/{id}/payments`", caller -> api.post(caller,
        "/api/claims/" + reviewCase().claimId() + "/payments", "{\"receivedOn\": \"2026-06-02\", \"amount\": 10}"));
    operations.put("`POST /api/claims/{id}/events`", caller -> api.post(caller,
        "/api/claims/" + reviewCase().claimId() + "/events",
        "{\"type\": \"IDR_INITIATED\", \"disputeNumber\": \"DISP-1\", \"on\": \"2026-06-02\"}"));
    operations.put("`POST /api/remittances`", caller -> {
      // a file of its own each time (a file imported before is answered with its first report)
      String number = claimNumber();
      String file = Remittances.file(Math.floorMod(number.hashCode(), 999_999_999), "SUNSHINE01", number,
          LocalDate.of(2026, 6, 5), List.of(Remittances.claim(number, "1", "2400.00", "400.00", "99285",
              LocalDate.of(2026, 5, 12), "LQ*HE*N864~\n")));
      return api.upload(caller, "/api/remittances", "file", "matrix.835", file.getBytes(StandardCharsets.US_ASCII),
          Map.of());
    });
    operations.put("`GET /api/remittances` (and `/api/remittances/{id}`, the import reports)",
        caller -> api.get(caller, "/api/remittances"));
    operations.put("`GET /engine-rest/task` (the case's tasks)", caller -> api.get(caller,
        "/engine-rest/task?processInstanceId=" + reviewCase().processInstanceId()));
    operations.put("`GET /engine-rest/process-instance/{id}/variables`", caller -> api.get(caller,
        "/engine-rest/process-instance/" + reviewCase().processInstanceId() + "/variables"));
    operations.put("`GET /engine-rest/history/process-instance` (the case)", caller -> api.get(caller,
        "/engine-rest/history/process-instance?processInstanceId=" + reviewCase().processInstanceId()));
    operations.put("`POST /engine-rest/task/{id}/claim` (for oneself)", caller -> api.post(caller,
        "/engine-rest/task/" + reviewCase().reviewTaskId() + "/claim", "{\"userId\": \"" + caller + "\"}"));
    operations.put("`POST /engine-rest/task/{id}/claim` (for an auditor)", caller -> api.post(caller,
        "/engine-rest/task/" + reviewCase().reviewTaskId() + "/claim", "{\"userId\": \"auditor\"}"));
    operations.put("`POST /engine-rest/task/{id}/assignee` (a specialist)", caller -> api.post(caller,
        "/engine-rest/task/" + reviewCase().reviewTaskId() + "/assignee", "{\"userId\": \"specialist\"}"));
    operations.put("`POST /engine-rest/task/{id}/assignee` (an auditor)", caller -> api.post(caller,
        "/engine-rest/task/" + reviewCase().reviewTaskId() + "/assignee", "{\"userId\": \"auditor\"}"));
    operations.put("`POST /engine-rest/task/{id}/identity-links` (candidate group `auditors`)",
        caller -> api.post(caller, "/engine-rest/task/" + reviewCase().reviewTaskId() + "/identity-links",
            "{\"groupId\": \"auditors\", \"type\": \"candidate\"}"));
    operations.put("`POST /engine-rest/task/{id}/complete` (the form's fields)", caller -> api.post(caller,
        "/engine-rest/task/" + reviewCase().reviewTaskId() + "/complete",
        "{\"variables\": {\"decision\": {\"value\": \"NEGOTIATE\"}}}"));
    operations.put("`POST /engine-rest/task/{id}/complete` (with `claimId`, not a form field)", caller -> {
      var other = newReviewCase();
      return api.post(caller, "/engine-rest/task/" + reviewCase().reviewTaskId() + "/complete",
          "{\"variables\": {\"decision\": {\"value\": \"ACCEPT\"}, \"acceptReason\": {\"value\": \"fine\"},"
              + " \"claimId\": {\"value\": \"" + other.claimId() + "\"}}}");
    });
    operations.put("`POST /engine-rest/task/{id}/comment/create`", caller -> api.post(caller,
        "/engine-rest/task/" + reviewCase().reviewTaskId() + "/comment/create", "{\"message\": \"A note\"}"));
    operations.put("`POST /engine-rest/process-instance/{id}/variables`", caller -> api.post(caller,
        "/engine-rest/process-instance/" + reviewCase().processInstanceId() + "/variables",
        "{\"modifications\": {\"claimId\": {\"value\": \"" + reviewCase().claimId() + "\"}}}"));
    operations.put("`POST /engine-rest/process-definition/key/claim-recovery/start` (an existing claim)",
        caller -> api.post(caller, "/engine-rest/process-definition/key/claim-recovery/start",
            "{\"businessKey\": \"" + reviewCase().claimId() + "\"}"));
    operations.put("`POST /engine-rest/message` (`InitialPaymentReceived`)", caller -> {
      var unpaid = api.post(INTEGRATION, "/api/claims", Claims.unpaidClaim(claimNumber(), "2026-05-01"));
      return api.post(caller, "/engine-rest/message", """
          {"messageName": "InitialPaymentReceived", "businessKey": "%s",
           "processVariables": {"serviceCategory": {"value": "EMERGENCY"}, "planType": {"value": "FULLY_INSURED"},
             "noticeAndConsentObtained": {"value": false}, "consentCannotWaive": {"value": false},
             "stateLawApplies": {"value": false},
             "coverageDenial": {"value": false}}}
          """.formatted(unpaid.body().get("id").asText()));
    });
    operations.put("`POST /engine-rest/job/{id}/execute` (the payer deadline timer)", caller -> {
      var unpaid = api.post(INTEGRATION, "/api/claims", Claims.unpaidClaim(claimNumber(), "2026-05-01"));
      String job = management.createJobQuery()
          .processInstanceId(unpaid.body().get("processInstanceId").asText()).singleResult().getId();
      return api.post(caller, "/engine-rest/job/" + job + "/execute", "");
    });
    operations.put("`PUT /engine-rest/process-instance/{id}/suspended`", caller -> api.put(caller,
        "/engine-rest/process-instance/" + reviewCase().processInstanceId() + "/suspended", "{\"suspended\": true}"));
    operations.put("`DELETE /engine-rest/process-instance/{id}`", caller -> api.delete(caller,
        "/engine-rest/process-instance/" + reviewCase().processInstanceId()));
    operations.put("`POST /engine-rest/deployment/create`",
        caller -> api.deploy(caller, "matrix-" + claimNumber(), "matrix.bpmn", trivialProcess()));
    operations.put("`DELETE /engine-rest/deployment/{id}?cascade=true` (one the process owner made)",
        caller -> {
          var deployed = api.deploy(OWNER, "matrix-" + claimNumber(), "matrix.bpmn", trivialProcess());
          return api.delete(caller, "/engine-rest/deployment/" + deployed.body().get("id").asText() + "?cascade=true");
        });
    operations.put("`DELETE /engine-rest/history/process-instance/{id}`", caller -> {
      var deployed = api.deploy(OWNER, "matrix-" + claimNumber(), "matrix.bpmn", trivialProcess());
      var definition = repository.createProcessDefinitionQuery()
          .deploymentId(deployed.body().get("id").asText()).singleResult();
      String ended = runtime.startProcessInstanceById(definition.getId()).getId();
      return api.delete(caller, "/engine-rest/history/process-instance/" + ended);
    });
    operations.put("`POST /engine-rest/user/create`", caller -> api.post(caller, "/engine-rest/user/create",
        "{\"profile\": {\"id\": \"u" + UUID.randomUUID().toString().substring(0, 8) + "\"},"
            + " \"credentials\": {\"password\": \"a-long-password-1\"}}"));
    operations.put("`POST /engine-rest/authorization/create`", caller -> api.post(caller,
        "/engine-rest/authorization/create", "{\"type\": 1, \"permissions\": [\"ALL\"], \"userId\": \"outsider\","
            + " \"groupId\": null, \"resourceType\": 8, \"resourceId\": \"" + UUID.randomUUID() + "\"}"));
  }

  @Test
  void everyCellOfTheReadmeMatrixHolds() {
    var matrix = AccessMatrix.fromReadme();
    assertThat(matrix.operations()).as("operations in the README's matrix, besides the demo-only ones")
        .filteredOn(operation -> !AccessMatrix.DEMO_ONLY.contains(operation))
        .containsExactlyElementsOf(operations.keySet());

    var wrong = new ArrayList<String>();
    for (var operation : operations.entrySet()) {
      for (String caller : AccessMatrix.CALLERS) {
        Expected expected = matrix.expected(operation.getKey(), caller);
        Response response = operation.getValue().apply(AccessMatrix.userOf(caller));
        boolean changedSomething = response.status() < 300 && !"GET".equals(response.raw().request().method());
        if (changedSomething) {
          shared = null;
        }
        if (!expected.matches(response, this::showsTheCase)) {
          wrong.add(operation.getKey() + " as " + caller + ": expected " + expected + ", got " + response.status()
              + " " + (response.raw().body().length() > 300 ? response.raw().body().substring(0, 300)
              : response.raw().body()));
        }
      }
    }
    assertThat(wrong).as("cells of the matrix that do not hold").isEmpty();
  }

  /** A list answer shows the case made for the cell (its task or its historic instance). */
  private boolean showsTheCase(Response response) {
    return response.body() != null && response.body().isArray() && !response.body().isEmpty();
  }

  /**
   * The case a cell works on: shared by the cells of an operation until a request changes something (any
   * 2xx answer to a request other than GET), so an allowed change never decides another caller's cell.
   */
  private Case reviewCase() {
    if (shared == null) {
      shared = newReviewCase();
    }
    return shared;
  }

  private Case newReviewCase() {
    var created = api.post(INTEGRATION, "/api/claims", Claims.nsaClaim(claimNumber(), "2026-06-01"));
    assertThat(created.status()).isEqualTo(201);
    String processInstanceId = created.body().get("processInstanceId").asText();
    String taskId = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    return new Case(created.body().get("id").asText(), processInstanceId, taskId);
  }

  private static String claimNumber() {
    return "AM-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String trivialProcess() {
    String id = "matrix" + UUID.randomUUID().toString().substring(0, 8);
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d-%1$s" targetNamespace="http://claimrecovery.org/test">
          <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="started"><bpmn:outgoing>flow</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="flow" sourceRef="started" targetRef="ended"/>
            <bpmn:endEvent id="ended"><bpmn:incoming>flow</bpmn:incoming></bpmn:endEvent>
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(id);
  }
}
