package org.claimrecovery.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.TestUsers.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.Claims;
import org.claimrecovery.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Which Tasklist filters each group reads, and what "All open tasks" shows: auditors and supervisors see the open
 * tasks they may read, sorted by due date, with the case's columns; seeing a task is not working it.
 */
@IntegrationTest
class TasklistFiltersIT {

  @Autowired Api api;

  @Test
  void eachGroupReadsTheFiltersItHasUseFor() {
    assertThat(filterNames(SPECIALIST)).containsExactlyInAnyOrder("My tasks", "Group tasks",
        "Due within 5 business days");
    assertThat(filterNames(SUPERVISOR)).containsExactlyInAnyOrder("My tasks", "Group tasks",
        "Due within 5 business days", "All open tasks");
    // an auditor never holds a task: the two filters of held and claimable tasks would always be empty
    assertThat(filterNames(AUDITOR)).containsExactlyInAnyOrder("Due within 5 business days", "All open tasks");
    assertThat(filterNames(ADMIN)).contains("All open tasks");
    assertThat(filterNames(OWNER)).isEmpty();
    assertThat(filterNames(INTEGRATION)).isEmpty();
  }

  @Test
  void allOpenTasksShowsAuditorsAndSupervisorsTheOpenTasksByDueDateWithTheCaseColumns() {
    var created = api.post(INTEGRATION, "/api/claims", Claims.nsaClaim("FILTER-1", "2026-06-01"));
    assertThat(created.status()).isEqualTo(201);
    String processInstanceId = created.body().get("processInstanceId").asText();

    JsonNode filter = filter(AUDITOR, "All open tasks");
    assertThat(filter.get("query").get("sorting").get(0).get("sortBy").asText()).isEqualTo("dueDate");
    assertThat(filter.get("properties").get("variables").findValuesAsText("name"))
        .containsExactly("claimNumber", "payerName", "amountAtStake", "nextDeadline");

    for (String reader : List.of(AUDITOR, SUPERVISOR)) {
      var listed = api.post(reader, "/engine-rest/filter/" + filter.get("id").asText() + "/list?maxResults=1000",
          "{\"processInstanceId\": \"" + processInstanceId + "\"}");
      assertThat(listed.status()).isEqualTo(200);
      assertThat(listed.body().findValuesAsText("taskDefinitionKey")).as(reader)
          .containsExactly("reviewInitialPayment");
    }
  }

  @Test
  void readingATaskThroughTheFilterIsNotWorkingIt() {
    var created = api.post(INTEGRATION, "/api/claims", Claims.nsaClaim("FILTER-2", "2026-06-01"));
    String processInstanceId = created.body().get("processInstanceId").asText();
    String listPath = "/engine-rest/filter/" + filter(AUDITOR, "All open tasks").get("id").asText() + "/list";
    String taskId = api.post(AUDITOR, listPath, "{\"processInstanceId\": \"" + processInstanceId + "\"}").body()
        .get(0).get("id").asText();

    assertThat(api.post(AUDITOR, "/engine-rest/task/" + taskId + "/claim", "{\"userId\": \"auditor\"}").status())
        .isEqualTo(403);
    assertThat(api.post(AUDITOR, "/engine-rest/task/" + taskId + "/submit-form",
        "{\"variables\": {\"decision\": {\"value\": \"NEGOTIATE\"}}}").status()).isEqualTo(403);
    assertThat(api.put(AUDITOR, "/engine-rest/task/" + taskId + "/variables/decision",
        "{\"value\": \"NEGOTIATE\"}").status()).isEqualTo(403);
    assertThat(api.put(AUDITOR, "/engine-rest/filter/" + filter(AUDITOR, "All open tasks").get("id").asText(),
        "{\"resourceType\": \"Task\", \"name\": \"Mine now\", \"query\": {}}").status()).isEqualTo(403);
    assertThat(api.post(AUDITOR, listPath, "{\"processInstanceId\": \"" + processInstanceId + "\"}").body()
        .findValuesAsText("id")).containsExactly(taskId);
  }

  private List<String> filterNames(String user) {
    var filters = api.get(user, "/engine-rest/filter?resourceType=Task");
    assertThat(filters.status()).as(user).isEqualTo(200);
    var names = new java.util.ArrayList<String>();
    filters.body().forEach(filter -> names.add(filter.get("name").asText()));
    return names;
  }

  private JsonNode filter(String user, String name) {
    for (JsonNode filter : api.get(user, "/engine-rest/filter?resourceType=Task").body()) {
      if (name.equals(filter.get("name").asText())) {
        return filter;
      }
    }
    throw new AssertionError(user + " reads no filter " + name);
  }
}
