package org.claimrecovery.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.TestUsers.AUDITOR;
import static org.claimrecovery.support.TestUsers.INTEGRATION;
import static org.claimrecovery.support.TestUsers.OWNER;
import static org.claimrecovery.support.TestUsers.SPECIALIST;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.deadlines.CaseDeadlines;
import org.claimrecovery.documents.TestFiles;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.Claims;
import org.claimrecovery.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The documentation check a dispute mechanism calls before it files, on PostgreSQL with the deployed decision table:
 * a level-2 appeal of a medical-necessity denial (CARC 50) waits in gatherDocuments until every required document
 * is uploaded through the API, and only a billing specialist completes it.
 */
@IntegrationTest
class DocumentationCheckIT {

  static final String FILING_DUE = "2026-11-16";

  @Autowired Api api;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired CaseDeadlines deadlines;
  @Autowired CaseClock clock;

  @Test
  void missingDocumentsAreNamedUploadedAndTheCheckEnds() {
    String claimId = newDeniedClaim("DOCS-1");
    String processInstanceId = startCheck(claimId, "DOCS-1", 2);

    Task gather = gatherDocuments(processInstanceId);
    assertThat(gather.getDueDate()).as("the escalation margin before the filing deadline")
        .isEqualTo(clock.endOf(deadlines.escalationDay(LocalDate.parse(FILING_DUE))));
    String summary = (String) api.get(SPECIALIST, "/engine-rest/task/" + gather.getId() + "/form-variables")
        .body().get("missingDocumentsSummary").get("value").asText();
    assertThat(summary).contains("internal appeal (level 2)", "5 of 5 required documents",
        "**Denial letter** or instead **Remittance advice (EOB/ERA)**", "**Itemized bill**",
        "**Medical records**", "**Appeal decision letter**", "**Letter of medical necessity**", "November 16, 2026",
        "POST /api/claims/" + claimId + "/documents");

    // the remittance stands for the denial letter; the letter of medical necessity is still missing
    for (String type : new String[] {"REMITTANCE", "ITEMIZED_BILL", "MEDICAL_RECORD", "APPEAL_DECISION_LETTER"}) {
      assertThat(upload(claimId, type).status()).isEqualTo(201);
    }
    // the form, opened again, shows the uploads at once: only the letter of medical necessity is missing
    String reopened = api.get(SPECIALIST, "/engine-rest/task/" + gather.getId() + "/form-variables")
        .body().get("missingDocumentsSummary").get("value").asText();
    assertThat(reopened).contains("1 of 5 required documents", "**Letter of medical necessity**", "**On file** ")
        .doesNotContain("**Itemized bill**", "**Medical records**");
    var refused = complete(SPECIALIST, gather.getId());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("message").asText()).contains("Letter of medical necessity")
        .doesNotContain("ITEMIZED_BILL", "DENIAL_LETTER");
    assertThat(gatherDocuments(processInstanceId).getId()).as("the task stays with its person").isEqualTo(gather.getId());

    assertThat(upload(claimId, "MEDICAL_NECESSITY_LETTER").status()).isEqualTo(201);
    assertThat(complete(SPECIALIST, gather.getId()).status()).isEqualTo(204);

    var ended = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    assertThat(ended.getEndTime()).isNotNull();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .activityId("documentationComplete").count()).isEqualTo(1);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName("documentsComplete").singleResult().getValue()).isEqualTo(true);
  }

  @Test
  void documentsAlreadyOnFileNeedNoTask() {
    String claimId = newDeniedClaim("DOCS-2");
    for (String type : new String[] {"CORRESPONDENCE"}) {
      assertThat(upload(claimId, type).status()).isEqualTo(201);
    }

    String processInstanceId = startCheck(claimId, "DOCS-2", null, "REGULATOR_COMPLAINT");

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
        .getEndTime()).isNotNull();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).count()).isZero();
  }

  @Test
  void neitherAnAuditorNorAProcessOwnerCompletesIt() {
    String claimId = newDeniedClaim("DOCS-3");
    String processInstanceId = startCheck(claimId, "DOCS-3", 1);
    Task gather = gatherDocuments(processInstanceId);

    assertThat(api.get(AUDITOR, "/engine-rest/task?processInstanceId=" + processInstanceId).body()).hasSize(1);
    assertThat(complete(AUDITOR, gather.getId()).status()).isEqualTo(403);
    assertThat(complete(OWNER, gather.getId()).status()).isEqualTo(403);
    assertThat(gatherDocuments(processInstanceId).getId()).isEqualTo(gather.getId());
  }

  @Test
  void noPersonStartsItByHand() {
    String claimId = newDeniedClaim("DOCS-4");

    var started = api.post(SPECIALIST, "/engine-rest/process-definition/key/documentationCheck/start",
        "{\"businessKey\": \"" + claimId + "\", \"variables\": {\"claimId\": {\"value\": \"" + claimId + "\"}}}");

    assertThat(started.status()).isEqualTo(403);
  }

  private String startCheck(String claimId, String claimNumber, Integer level) {
    return startCheck(claimId, claimNumber, level, "INTERNAL_APPEAL");
  }

  /** As a mechanism's call activity starts it: by the engine, not by a person. */
  private String startCheck(String claimId, String claimNumber, Integer level, String mechanism) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("claimId", claimId);
    variables.put("claimNumber", claimNumber);
    variables.put("payerName", "Acme Health Plan");
    variables.put("mechanism", mechanism);
    variables.put("level", level);
    variables.put("filingDueDate", FILING_DUE);
    return runtime.startProcessInstanceByKey("documentationCheck", claimId, variables).getId();
  }

  private Task gatherDocuments(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey("gatherDocuments")
        .singleResult();
  }

  private Api.Response complete(String user, String taskId) {
    return api.post(user, "/engine-rest/task/" + taskId + "/complete", "{\"variables\": {}}");
  }

  private Api.Response upload(String claimId, String type) {
    return api.upload(SPECIALIST, "/api/claims/" + claimId + "/documents", "file", type.toLowerCase() + ".pdf",
        TestFiles.pdf(1), Map.of("type", type));
  }

  private String newDeniedClaim(String claimNumber) {
    var created = api.post(INTEGRATION, "/api/claims", Claims.deniedClaim(claimNumber, "2026-05-20"));
    assertThat(created.status()).isIn(200, 201);
    return created.body().get("id").asText();
  }
}
