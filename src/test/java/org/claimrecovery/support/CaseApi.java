package org.claimrecovery.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.TestUsers.AUDITOR;
import static org.claimrecovery.support.TestUsers.INTEGRATION;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.claimrecovery.documents.TestFiles;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Lazy;

/** A case as scenario tests read and drive it through the API: the claim, its deadlines, its tasks and events. */
@TestComponent
@Lazy // as the Api it uses: the server's port is known only once it runs
public class CaseApi {

  private final Api api;

  CaseApi(Api api) {
    this.api = api;
  }

  /** The claim as an auditor reads it. */
  public JsonNode claim(String claimId) {
    return api.get(AUDITOR, "/api/claims/" + claimId).body();
  }

  /** One of the claim's deadlines; fails the test when the claim has none with that code. */
  public JsonNode deadline(String claimId, String code) {
    return api.get(AUDITOR, "/api/claims/" + claimId + "/deadlines").body().findParents("code").stream()
        .filter(deadline -> deadline.get("code").asText().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError(code + " not among the claim's deadlines"));
  }

  /** Completes a task through the engine REST API as {@code user}, with the variables as JSON. */
  public Api.Response complete(Task task, String variables, String user) {
    assertThat(task).as("the task to complete").isNotNull();
    return api.post(user, "/engine-rest/task/" + task.getId() + "/complete", "{\"variables\": " + variables + "}");
  }

  /** Posts a case event as an integration does. */
  public Api.Response event(String claimId, String json) {
    return api.post(INTEGRATION, "/api/claims/" + claimId + "/events", json);
  }

  /** Uploads a one-page PDF of {@code type} to the claim as an integration does; fails the test unless stored. */
  public void upload(String claimId, String type) {
    assertThat(api.upload(INTEGRATION, "/api/claims/" + claimId + "/documents", "file", type + ".pdf",
        TestFiles.pdf(1), Map.of("type", type)).status()).as("upload of a " + type).isEqualTo(201);
  }
}
