package org.claimrecovery.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.TestUsers.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.Claims;
import org.claimrecovery.support.IntegrationTest;
import org.claimrecovery.support.WebappSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Refusals as Tasklist shows them: the webapps' own engine API (session login, CSRF token) answers a refused form
 * with the rule's reason in the form's words and a refused change with what was tried and why, keeping status and
 * type; {@code /engine-rest} keeps the engine's messages for scripts.
 */
@IntegrationTest
class WebappRefusalsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ENGINE = "/camunda/api/engine/engine/default";

  @Autowired Api api;
  @Autowired TaskService tasks;

  @Test
  void aGuardsRefusalNamesTheFieldByItsLabelAndCarriesNoIds() throws Exception {
    String taskId = reviewTaskOf("WEBAPP-REFUSAL-1");
    var specialist = WebappSession.logIn(api.port(), SPECIALIST, password(SPECIALIST));
    assertThat(specialist.post(ENGINE + "/task/" + taskId + "/claim", "{\"userId\": \"specialist\"}").statusCode())
        .isEqualTo(204);

    var refused = specialist.post(ENGINE + "/task/" + taskId + "/submit-form",
        "{\"variables\": {\"decision\": {\"value\": \"ACCEPT\"}}}");

    assertThat(refused.statusCode()).isEqualTo(400);
    JsonNode body = JSON.readTree(refused.body());
    assertThat(body.get("message").asText()).isEqualTo("The payment is below the QPA: accepting it needs a "
        + "written reason (“Why accept a payment below the QPA?”).");
    // scripts and Modeler keep the engine's words; both answer with the same status and type
    var viaRest = api.post(SPECIALIST, "/engine-rest/task/" + taskId + "/submit-form",
        "{\"variables\": {\"decision\": {\"value\": \"ACCEPT\"}}}");
    assertThat(viaRest.status()).isEqualTo(400);
    assertThat(viaRest.body().get("message").asText()).contains("Cannot submit task form " + taskId, "acceptReason");
    assertThat(body.get("type").asText()).isEqualTo(viaRest.body().get("type").asText());
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(SPECIALIST);
  }

  @Test
  void anAuditorsAttemptToChangeATaskIsRefusedInAPlainSentence() throws Exception {
    String taskId = reviewTaskOf("WEBAPP-REFUSAL-2");
    var auditor = WebappSession.logIn(api.port(), AUDITOR, password(AUDITOR));

    var completed = auditor.post(ENGINE + "/task/" + taskId + "/submit-form",
        "{\"variables\": {\"decision\": {\"value\": \"NEGOTIATE\"}}}");
    var claimed = auditor.post(ENGINE + "/task/" + taskId + "/claim", "{\"userId\": \"auditor\"}");

    assertThat(completed.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(completed.body()).get("type").asText()).isEqualTo("AuthorizationException");
    assertThat(JSON.readTree(completed.body()).get("message").asText())
        .isEqualTo("Completing this task is not open to you: auditors read cases and change nothing.");
    assertThat(claimed.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(claimed.body()).get("message").asText())
        .isEqualTo("Claiming this task is not open to you: auditors read cases and change nothing.");
    // the engine API answers a refused comment with 400, as every failed comment; the sentence says why
    var commented = auditor.post(ENGINE + "/task/" + taskId + "/comment/create", "{\"message\": \"Fine by me\"}");
    assertThat(commented.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(commented.body()).get("message").asText())
        .isEqualTo("Commenting on this task is not open to you: auditors read cases and change nothing.");
    var task = tasks.createTaskQuery().taskId(taskId).singleResult();
    assertThat(task).isNotNull();
    assertThat(task.getAssignee()).isNull();
  }

  @Test
  void theStartOfAttachADocumentNamesTheEmbeddedFormsField() throws Exception {
    var specialist = WebappSession.logIn(api.port(), SPECIALIST, password(SPECIALIST));

    var refused = specialist.post(ENGINE + "/process-definition/key/attach-document/submit-form", """
        {"variables": {"claimNumber": {"value": "NO-SUCH-CLAIM"}, "payerId": {"value": "acme"},
                       "documentType": {"value": "OTHER"}}}""");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(refused.body()).get("message").asText())
        .isEqualTo("“Claim number”: No claim NO-SUCH-CLAIM of payer acme exists.");
  }

  private String reviewTaskOf(String claimNumber) {
    var created = api.post(INTEGRATION, "/api/claims", Claims.nsaClaim(claimNumber, "2026-06-01"));
    assertThat(created.status()).isEqualTo(201);
    return tasks.createTaskQuery().processInstanceId(created.body().get("processInstanceId").asText())
        .singleResult().getId();
  }
}
