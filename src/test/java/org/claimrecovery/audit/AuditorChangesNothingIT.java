package org.claimrecovery.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.TestUsers.*;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.Claims;
import org.claimrecovery.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Auditors read everything and change nothing: every write of the product API, found in the running service's own
 * request mappings (a new endpoint is walked without changing this test), and every kind of engine write through
 * /engine-rest (task, variable, process instance, deployment, job, user, group, authorization, filter, message,
 * history) answers 403 to an auditor, and the case is as it was.
 */
@IntegrationTest
class AuditorChangesNothingIT {

  private static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT,
      RequestMethod.PATCH, RequestMethod.DELETE);

  @Autowired Api api;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

  @BeforeEach
  void startOfJune() {
    ClockUtil.setCurrentTime(Timestamp.valueOf("2026-06-02 10:00:00"));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyWriteOfTheProductApiIsRefusedToAnAuditor() {
    String claimId = api.post(INTEGRATION, "/api/claims", Claims.nsaClaim("AUD-W-1", "2026-06-01")).body()
        .get("id").asText();
    var walked = new ArrayList<String>();
    var wrong = new ArrayList<String>();
    mappings.getHandlerMethods().forEach((info, handler) -> {
      var methods = info.getMethodsCondition().getMethods();
      for (RequestMethod method : methods) {
        if (!WRITES.contains(method)) {
          continue;
        }
        for (String pattern : info.getPatternValues()) {
          if (!pattern.startsWith("/api/")) {
            continue;
          }
          String path = pattern.replace("{id}", claimId).replace("{claimId}", claimId).replaceAll("\\{[^}]+}", "x");
          var consumes = info.getConsumesCondition().getConsumableMediaTypes();
          String type = consumes.isEmpty() ? MediaType.APPLICATION_JSON_VALUE : consumes.iterator().next().toString();
          var answer = api.send(AUDITOR, method.name(), path, "{}", type);
          walked.add(method + " " + pattern);
          if (answer.status() != 403) {
            wrong.add(method + " " + pattern + " answered " + answer.status() + " " + answer.raw().body());
          }
        }
      }
    });
    assertThat(walked).as("the product API's writes").contains("POST /api/claims", "POST /api/claims/{id}/events",
        "POST /api/claims/{id}/payments", "POST /api/claims/{claimId}/documents");
    assertThat(wrong).as("writes an auditor was not refused").isEmpty();
    assertThat(api.get(AUDITOR, "/api/claims/" + claimId).body().get("stage").asText())
        .isEqualTo("INITIAL_PAYMENT_REVIEW");
  }

  @Test
  void everyKindOfEngineWriteIsRefusedToAnAuditor() {
    var created = api.post(INTEGRATION, "/api/claims", Claims.nsaClaim("AUD-W-2", "2026-06-01")).body();
    String instance = created.get("processInstanceId").asText();
    String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    String job = management.createJobQuery().processInstanceId(instance).list().get(0).getId();
    String deployment = repository.createDeploymentQuery().list().get(0).getId();
    String definition = repository.createProcessDefinitionQuery().processDefinitionKey("claim-recovery")
        .latestVersion().singleResult().getId();

    Map<String, String[]> writes = new LinkedHashMap<>();
    writes.put("claim a task", new String[] {"POST", "/engine-rest/task/" + task + "/claim", "{\"userId\": \"auditor\"}"});
    writes.put("complete a task", new String[] {"POST", "/engine-rest/task/" + task + "/complete",
        "{\"variables\": {\"decision\": {\"value\": \"NEGOTIATE\"}}}"});
    writes.put("submit a task's form", new String[] {"POST", "/engine-rest/task/" + task + "/submit-form",
        "{\"variables\": {\"decision\": {\"value\": \"NEGOTIATE\"}}}"});
    writes.put("assign a task", new String[] {"POST", "/engine-rest/task/" + task + "/assignee",
        "{\"userId\": \"specialist\"}"});
    writes.put("delegate a task", new String[] {"POST", "/engine-rest/task/" + task + "/delegate",
        "{\"userId\": \"specialist\"}"});
    writes.put("update a task", new String[] {"PUT", "/engine-rest/task/" + task, "{\"name\": \"changed\"}"});
    writes.put("set a task variable", new String[] {"PUT", "/engine-rest/task/" + task + "/variables/note",
        "{\"value\": \"x\", \"type\": \"String\"}"});
    writes.put("add a candidate group", new String[] {"POST", "/engine-rest/task/" + task + "/identity-links",
        "{\"groupId\": \"billing-supervisors\", \"type\": \"candidate\"}"});
    writes.put("create a task", new String[] {"POST", "/engine-rest/task/create", "{\"name\": \"made up\"}"});
    // a task of no process: the engine refuses to delete a case's task to everyone, before asking who calls
    var standalone = tasks.newTask();
    standalone.setName("standalone");
    tasks.saveTask(standalone);
    writes.put("delete a task", new String[] {"DELETE", "/engine-rest/task/" + standalone.getId(), null});
    writes.put("set a process variable", new String[] {"PUT",
        "/engine-rest/process-instance/" + instance + "/variables/decision", "{\"value\": \"ACCEPT\"}"});
    writes.put("modify process variables", new String[] {"POST", "/engine-rest/process-instance/" + instance
        + "/variables", "{\"modifications\": {\"decision\": {\"value\": \"ACCEPT\"}}}"});
    writes.put("delete a process variable", new String[] {"DELETE",
        "/engine-rest/process-instance/" + instance + "/variables/claimId", null});
    writes.put("set an execution variable", new String[] {"PUT",
        "/engine-rest/execution/" + instance + "/localVariables/decision", "{\"value\": \"ACCEPT\"}"});
    writes.put("start a process", new String[] {"POST", "/engine-rest/process-definition/" + definition + "/start",
        "{\"businessKey\": \"AUD-W-3\"}"});
    writes.put("suspend a process instance", new String[] {"PUT",
        "/engine-rest/process-instance/" + instance + "/suspended", "{\"suspended\": true}"});
    writes.put("modify a process instance", new String[] {"POST",
        "/engine-rest/process-instance/" + instance + "/modification",
        "{\"instructions\": [{\"type\": \"cancel\", \"activityId\": \"reviewInitialPayment\"}]}"});
    writes.put("delete a process instance", new String[] {"DELETE", "/engine-rest/process-instance/" + instance, null});
    String unpaid = api.post(INTEGRATION, "/api/claims", Claims.unpaidClaim("AUD-W-4", "2026-05-01")).body()
        .get("id").asText();
    writes.put("correlate a message", new String[] {"POST", "/engine-rest/message",
        "{\"messageName\": \"InitialPaymentReceived\", \"businessKey\": \"" + unpaid + "\"}"});
    writes.put("execute a job", new String[] {"POST", "/engine-rest/job/" + job + "/execute", null});
    writes.put("set a job's retries", new String[] {"PUT", "/engine-rest/job/" + job + "/retries", "{\"retries\": 0}"});
    writes.put("suspend a job", new String[] {"PUT", "/engine-rest/job/" + job + "/suspended", "{\"suspended\": true}"});
    writes.put("move a job's due date", new String[] {"PUT", "/engine-rest/job/" + job + "/duedate",
        "{\"duedate\": \"2026-06-03T00:00:00.000+0000\"}"});
    writes.put("deploy", new String[] {"POST", "/engine-rest/deployment/create", null});
    writes.put("redeploy", new String[] {"POST", "/engine-rest/deployment/" + deployment + "/redeploy", "{}"});
    writes.put("delete a deployment", new String[] {"DELETE", "/engine-rest/deployment/" + deployment, null});
    writes.put("suspend a process definition", new String[] {"PUT",
        "/engine-rest/process-definition/" + definition + "/suspended", "{\"suspended\": true}"});
    writes.put("delete a process's history", new String[] {"DELETE",
        "/engine-rest/history/process-instance/" + instance, null});
    writes.put("create a user", new String[] {"POST", "/engine-rest/user/create",
        "{\"profile\": {\"id\": \"madeup1\"}, \"credentials\": {\"password\": \"a-long-password-1\"}}"});
    writes.put("change a user's profile", new String[] {"PUT", "/engine-rest/user/specialist/profile",
        "{\"id\": \"specialist\", \"firstName\": \"Changed\"}"});
    writes.put("change a user's password", new String[] {"PUT", "/engine-rest/user/specialist/credentials",
        "{\"password\": \"a-long-password-2\", \"authenticatedUserPassword\": \"" + password(AUDITOR)
            + "\"}"});
    writes.put("delete a user", new String[] {"DELETE", "/engine-rest/user/specialist", null});
    writes.put("join a group", new String[] {"PUT", "/engine-rest/group/billing-supervisors/members/auditor", null});
    writes.put("create a group", new String[] {"POST", "/engine-rest/group/create", "{\"id\": \"made-up\"}"});
    writes.put("grant an authorization", new String[] {"POST", "/engine-rest/authorization/create",
        "{\"type\": 1, \"permissions\": [\"ALL\"], \"userId\": \"auditor\", \"resourceType\": 8, \"resourceId\": \"*\"}"});
    writes.put("create a filter", new String[] {"POST", "/engine-rest/filter/create",
        "{\"resourceType\": \"Task\", \"name\": \"mine\", \"query\": {}}"});

    // a user the auditor may not read is, to them, no user at all: refused as not found, revealing nothing
    Map<String, Integer> notFound = Map.of("change a user's profile", 404, "change a user's password", 404);
    var wrong = new ArrayList<String>();
    writes.forEach((what, request) -> {
      var answer = request[0].equals("POST") && request[1].endsWith("/deployment/create")
          ? api.deploy(AUDITOR, "auditor-deployment", "x.bpmn", "<definitions/>")
          : api.send(AUDITOR, request[0], request[1], request[2]);
      if (answer.status() != notFound.getOrDefault(what, 403)) {
        wrong.add(what + ": " + request[0] + " " + request[1] + " answered " + answer.status() + " "
            + answer.raw().body());
      }
    });
    assertThat(wrong).as("engine writes an auditor was not refused").isEmpty();
    var review = tasks.createTaskQuery().taskId(task).singleResult();
    assertThat(review).as("the review task is still open").isNotNull();
    assertThat(review.getAssignee()).isNull();
    assertThat(api.get(AUDITOR, "/api/claims/" + created.get("id").asText()).body().get("stage").asText())
        .isEqualTo("INITIAL_PAYMENT_REVIEW");
  }
}
