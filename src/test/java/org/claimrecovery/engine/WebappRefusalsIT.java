package org.claimrecovery.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.TestUsers.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.TaskService;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.Claims;
import org.claimrecovery.support.IntegrationTest;
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
    var specialist = Session.logIn(api.port(), SPECIALIST);
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
    var auditor = Session.logIn(api.port(), AUDITOR);

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
    var task = tasks.createTaskQuery().taskId(taskId).singleResult();
    assertThat(task).isNotNull();
    assertThat(task.getAssignee()).isNull();
  }

  @Test
  void theStartOfAttachADocumentNamesTheEmbeddedFormsField() throws Exception {
    var specialist = Session.logIn(api.port(), SPECIALIST);

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

  /** A browser's session with the webapps: their login form, their cookie and their CSRF token. */
  private record Session(HttpClient client, CookieManager cookies, String base) {

    static Session logIn(int port, String user) throws Exception {
      var cookies = new CookieManager();
      var session = new Session(HttpClient.newBuilder().cookieHandler(cookies).build(), cookies,
          "http://localhost:" + port);
      session.client.send(HttpRequest.newBuilder(URI.create(session.base + "/camunda/app/tasklist/default/")).GET()
          .build(), HttpResponse.BodyHandlers.discarding());
      var login = session.client.send(HttpRequest.newBuilder(
              URI.create(session.base + "/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", session.csrf())
          .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
              + URLEncoder.encode(password(user), StandardCharsets.UTF_8)))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
      // the login renews the session, and the next page view hands out its CSRF token, as in a browser
      session.client.send(HttpRequest.newBuilder(URI.create(session.base + "/camunda/api/admin/auth/user/default"))
          .GET().build(), HttpResponse.BodyHandlers.discarding());
      return session;
    }

    HttpResponse<String> post(String path, String json) throws Exception {
      return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
          .header("X-XSRF-TOKEN", csrf()).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    private String csrf() {
      return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
          .reduce((first, second) -> second).orElseThrow().getValue();
    }
  }
}
