package org.claimrecovery.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.TestUsers.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.TaskService;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.Claims;
import org.claimrecovery.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SecurityIT {

  @Autowired Api api;
  @Autowired TaskService tasks;

  @Test
  void everyApiNeedsCredentials() {
    assertThat(api.get(null, "/engine-rest/process-definition").status()).isEqualTo(401);
    assertThat(api.get(null, "/api/claims").status()).isEqualTo(401);
    assertThat(api.post(null, "/api/claims", "{}").status()).isEqualTo(401);
    assertThat(api.get("specialist-with-wrong-password", "/api/claims").status()).isEqualTo(401);
  }

  @Test
  void theAdministratorSeesTheClaimRecoveryProcess() {
    var definitions = api.get(ADMIN, "/engine-rest/process-definition?key=claim-recovery");
    assertThat(definitions.status()).isEqualTo(200);
    assertThat(definitions.body().findValuesAsText("key")).contains("claim-recovery");
  }

  @Test
  void auditorsReadButChangeNothing() {
    var created = api.post(INTEGRATION, "/api/claims", Claims.nsaClaim("SEC-1", "2026-06-01"));
    String processInstanceId = created.body().get("processInstanceId").asText();
    var task = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();

    assertThat(api.get(AUDITOR, "/engine-rest/task?processInstanceId=" + processInstanceId).body()
        .findValuesAsText("id")).containsExactly(task.getId());
    assertThat(api.get(AUDITOR, "/engine-rest/history/process-instance?processInstanceId=" + processInstanceId)
        .body().findValuesAsText("id")).containsExactly(processInstanceId);

    var complete = api.post(AUDITOR, "/engine-rest/task/" + task.getId() + "/complete",
        "{\"variables\": {\"decision\": {\"value\": \"NEGOTIATE\"}}}");
    assertThat(complete.status()).isEqualTo(403);
    assertThat(api.post(AUDITOR, "/api/claims", Claims.nsaClaim("SEC-2", "2026-06-01")).status()).isEqualTo(403);
    assertThat(api.post(AUDITOR, "/engine-rest/process-definition/key/claim-recovery/start", "{}").status())
        .isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  @Test
  void specialistsWorkTheirGroupsTasks() {
    var created = api.post(INTEGRATION, "/api/claims", Claims.nsaClaim("SEC-3", "2026-06-01"));
    String processInstanceId = created.body().get("processInstanceId").asText();
    var listed = api.get(SPECIALIST, "/engine-rest/task?processInstanceId=" + processInstanceId);
    assertThat(listed.body().findValuesAsText("taskDefinitionKey")).containsExactly("reviewInitialPayment");
    String taskId = listed.body().get(0).get("id").asText();

    assertThat(api.post(SPECIALIST, "/engine-rest/task/" + taskId + "/claim", "{\"userId\": \"specialist\"}")
        .status()).isEqualTo(204);
    var complete = api.post(SPECIALIST, "/engine-rest/task/" + taskId + "/complete",
        "{\"variables\": {\"decision\": {\"value\": \"NEGOTIATE\"}}}");
    assertThat(complete.status()).isEqualTo(204);
    assertThat(api.get(AUDITOR, "/api/claims/" + created.body().get("id").asText()).body().get("review")
        .get("reviewedBy").asText()).isEqualTo(SPECIALIST);
  }

  @Test
  void tasklistOffersOnlyWhatAPersonMayStartByHand() {
    // a claim case starts through intake, a negotiation from its case: neither from Tasklist's "Start process";
    // attaching a document and importing a remittance do
    var startable = api.get(SPECIALIST, "/engine-rest/process-definition?startableInTasklist=true&latestVersion=true");
    assertThat(startable.body().findValuesAsText("key")).containsExactlyInAnyOrder("attach-document",
        "import-remittance");
  }

  @Test
  void processOwnersMayDeployButNotWorkTasks() throws Exception {
    // what Camunda Modeler's "Deploy" sends
    var deployed = api.deploy(OWNER, "modeler-deploy", "dispute-pathway.dmn",
        Files.readString(Path.of("bpmn/dispute-pathway.dmn")));
    assertThat(deployed.status()).isEqualTo(200);
    assertThat(api.deploy(SPECIALIST, "not-allowed", "dispute-pathway.dmn",
        Files.readString(Path.of("bpmn/dispute-pathway.dmn"))).status()).isEqualTo(403);
    assertThat(api.post(OWNER, "/api/claims", Claims.nsaClaim("SEC-4", "2026-06-01")).status()).isEqualTo(403);
  }

  @Test
  void eachGroupReadsItsTasklistFilters() {
    var filters = api.get(SPECIALIST, "/engine-rest/filter?resourceType=Task");
    assertThat(filters.body().findValuesAsText("name"))
        .contains("My tasks", "Group tasks", "Due within 5 business days");
    var dueSoon = filters.body().findParents("name").stream()
        .filter(f -> f.get("name").asText().equals("Due within 5 business days")).findFirst().orElseThrow();
    assertThat(dueSoon.get("properties").get("variables").findValuesAsText("name"))
        .containsExactly("claimNumber", "payerName", "amountAtStake", "nextDeadline");
  }
}
