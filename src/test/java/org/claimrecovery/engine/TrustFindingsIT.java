package org.claimrecovery.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.TestUsers.*;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.Claims;
import org.claimrecovery.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The findings of the probe that treated the service as an insider or a careless integration would, replayed:
 * each one worked before and is refused now, and the case it aimed at is unchanged.
 */
@IntegrationTest
class TrustFindingsIT {

  @Autowired Api api;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;

  @BeforeEach
  void today() {
    ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf("2026-06-02 10:00:00"));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aProcessOwnerCannotEraseTheCasesOfTheShippedModels() {
    String processInstanceId = newCase("TF-ERASE").processInstanceId();
    String deploymentId = repository.createProcessDefinitionQuery().processDefinitionKey("claim-recovery")
        .latestVersion().singleResult().getDeploymentId();
    long running = runtime.createProcessInstanceQuery().count();

    assertThat(api.delete(OWNER, "/engine-rest/deployment/" + deploymentId + "?cascade=true").status()).isEqualTo(403);
    assertThat(api.delete(OWNER, "/engine-rest/process-definition/key/claim-recovery?cascade=true").status())
        .isEqualTo(403);
    assertThat(api.delete(OWNER, "/engine-rest/history/process-instance/" + processInstanceId).status())
        .isIn(403, 404);

    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(running);
    assertThat(repository.createDeploymentQuery().deploymentId(deploymentId).count()).isEqualTo(1);
    assertThat(api.post(INTEGRATION, "/api/claims", Claims.nsaClaim("TF-ERASE-AFTER", "2026-06-01")).status())
        .isEqualTo(201);
  }

  @Test
  void aSpecialistCannotPointOneCaseAtAnotherClaim() {
    var x = newCase("TF-X");
    var y = newCase("TF-Y");

    var rewritten = api.post(SPECIALIST, "/engine-rest/process-instance/" + x.processInstanceId() + "/variables",
        "{\"modifications\": {\"claimId\": {\"value\": \"" + y.claimId() + "\"}}}");
    var completedWithIt = api.post(SPECIALIST, "/engine-rest/task/" + x.reviewTaskId() + "/complete",
        "{\"variables\": {\"decision\": {\"value\": \"ACCEPT\"}, \"acceptReason\": {\"value\": \"fine\"},"
            + " \"claimId\": {\"value\": \"" + y.claimId() + "\"}}}");

    assertThat(rewritten.status()).isEqualTo(403);
    assertThat(completedWithIt.status()).isEqualTo(400);
    assertThat(completedWithIt.body().get("message").asText()).contains("claimId is not a field of this task's form");
    assertThat(runtime.getVariable(x.processInstanceId(), "claimId")).isEqualTo(x.claimId());
    assertThat(tasks.createTaskQuery().taskId(x.reviewTaskId()).count()).as("X's review still open").isEqualTo(1);
    assertThat(api.get(AUDITOR, "/api/claims/" + y.claimId()).body().get("status").asText()).isEqualTo("OPEN");
  }

  @Test
  void aSpecialistCannotGiveAClaimASecondCase() {
    var x = newCase("TF-SECOND");

    var started = api.post(SPECIALIST, "/engine-rest/process-definition/key/claim-recovery/start",
        "{\"businessKey\": \"" + x.claimId() + "\"}");
    var startedByAdmin = api.post(ADMIN, "/engine-rest/process-definition/key/claim-recovery/start",
        "{\"businessKey\": \"" + x.claimId() + "\"}");

    assertThat(started.status()).isEqualTo(403);
    assertThat(startedByAdmin.status()).isEqualTo(403);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(x.claimId()).count()).isEqualTo(1);
  }

  @Test
  void aSupervisorCannotFireThePayersDeadlineEarlyNorFakeItsPayment() {
    var unpaid = api.post(INTEGRATION, "/api/claims", Claims.unpaidClaim("TF-EARLY", "2026-05-01"));
    String processInstanceId = unpaid.body().get("processInstanceId").asText();
    String timer = management.createJobQuery().processInstanceId(processInstanceId).singleResult().getId();

    var fired = api.post(SUPERVISOR, "/engine-rest/job/" + timer + "/execute", "");
    var correlated = api.post(SUPERVISOR, "/engine-rest/message", """
        {"messageName": "InitialPaymentReceived", "businessKey": "%s",
         "processVariables": {"pathway": {"value": "FEDERAL_IDR"}}}""".formatted(unpaid.body().get("id").asText()));

    assertThat(fired.status()).isEqualTo(403);
    assertThat(correlated.status()).isEqualTo(403);
    assertThat(management.createJobQuery().jobId(timer).count()).as("the timer still waits").isEqualTo(1);
    assertThat(runtime.createExecutionQuery().processInstanceId(processInstanceId)
        .activityId("awaitInitialPayment").count()).as("the case still waits for the payer").isEqualTo(1);
  }

  @Test
  void anAuditorNeverHoldsNorCompletesATask() {
    var x = newCase("TF-AUDITOR");

    var assignedBySupervisor = api.post(SUPERVISOR, "/engine-rest/task/" + x.reviewTaskId() + "/assignee",
        "{\"userId\": \"auditor\"}");
    var claimedBySpecialist = api.post(SPECIALIST, "/engine-rest/task/" + x.reviewTaskId() + "/claim",
        "{\"userId\": \"auditor\"}");
    // even an explicit grant by hand does not make an auditor a worker
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(AUDITOR);
    grant.setResource(Resources.TASK);
    grant.setResourceId(x.reviewTaskId());
    grant.addPermission(Permissions.TASK_WORK);
    authorizations.saveAuthorization(grant);
    var completed = api.post(AUDITOR, "/engine-rest/task/" + x.reviewTaskId() + "/complete",
        "{\"variables\": {\"decision\": {\"value\": \"NEGOTIATE\"}}}");

    assertThat(assignedBySupervisor.status()).isEqualTo(400);
    assertThat(assignedBySupervisor.body().get("message").asText())
        .contains("cannot be assigned to auditor", "billing-specialists", "billing-supervisors");
    assertThat(claimedBySpecialist.status()).isEqualTo(400);
    assertThat(completed.status()).isEqualTo(403);
    var task = tasks.createTaskQuery().taskId(x.reviewTaskId()).singleResult();
    assertThat(task).as("the review is still open").isNotNull();
    assertThat(task.getAssignee()).isNull();
  }

  @Test
  void aSupervisorReassignsOnlyToSomeoneAllowedToWorkTheTask() {
    var x = newCase("TF-REASSIGN");

    assertThat(api.post(SUPERVISOR, "/engine-rest/task/" + x.reviewTaskId() + "/assignee",
        "{\"userId\": \"specialist\"}").status()).isEqualTo(204);
    assertThat(api.post(SUPERVISOR, "/engine-rest/task/" + x.reviewTaskId() + "/assignee",
        "{\"userId\": \"owner\"}").status()).isEqualTo(400);
    assertThat(tasks.createTaskQuery().taskId(x.reviewTaskId()).singleResult().getAssignee()).isEqualTo(SPECIALIST);
  }

  @Test
  void aUserInNoGroupReadsNoPatientData() {
    var x = newCase("TF-OUTSIDER");
    String claim = "/api/claims/" + x.claimId();

    for (String path : new String[] {"/api/claims", claim, claim + "/deadlines", claim + "/negotiation",
        claim + "/correspondence", claim + "/documents"}) {
      assertThat(api.get(OUTSIDER, path).status()).as(path).isEqualTo(403);
    }
    assertThat(api.get(OWNER, claim).status()).as("process owners edit models, they read no claims").isEqualTo(403);
  }

  @Test
  void wrongPasswordsThrottleTheGuessersAddressButNeverLockTheAccount() {
    String guesser = "guessedsupervisor";
    var user = identity.newUser(guesser);
    user.setPassword("the-right-password");
    identity.saveUser(user);
    identity.createMembership(guesser, "billing-supervisors");

    int throttledAt = -1;
    for (int attempt = 1; attempt <= 15; attempt++) {
      int status = api.getAs(guesser, "wrong-" + attempt, "/api/claims").status();
      if (status == 429 && throttledAt < 0) {
        throttledAt = attempt;
      }
    }

    assertThat(throttledAt).as("the guessing address is slowed after 10 failures").isEqualTo(11);
    assertThat(identity.checkPassword(guesser, "the-right-password"))
        .as("the account itself is not locked: its owner logs in from anywhere else").isTrue();
  }

  @Test
  void theWebappLoginFormIsThrottledTheSameWay() throws Exception {
    // a user of its own: the throttle is shared with the APIs, and other tests log in from this address too
    var user = identity.newUser("guessedauditor");
    user.setPassword("the-right-password");
    identity.saveUser(user);
    identity.createMembership("guessedauditor", "auditors");
    var cookies = new CookieManager();
    var browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://localhost:" + api.port();
    // the webapps hand out their CSRF token with the first page, as to a browser
    browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/"))
        .GET().build(), HttpResponse.BodyHandlers.discarding());
    String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .findFirst().orElseThrow().getValue();

    var statuses = new ArrayList<Integer>();
    for (int attempt = 1; attempt <= 11; attempt++) {
      var login = HttpRequest.newBuilder(
              URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
          .POST(HttpRequest.BodyPublishers.ofString("username=guessedauditor&password=wrong-" + attempt))
          .build();
      statuses.add(browser.send(login, HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    assertThat(statuses.subList(0, 10)).containsOnly(401);
    assertThat(statuses.get(10)).isEqualTo(429);
    assertThat(identity.checkPassword("guessedauditor", "the-right-password")).as("the auditor is not locked out")
        .isTrue();
  }

  private AccessMatrixIT.Case newCase(String claimNumber) {
    var created = api.post(INTEGRATION, "/api/claims", Claims.nsaClaim(claimNumber, "2026-06-01"));
    assertThat(created.status()).isEqualTo(201);
    String processInstanceId = created.body().get("processInstanceId").asText();
    return new AccessMatrixIT.Case(created.body().get("id").asText(), processInstanceId,
        tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId());
  }
}
