package org.claimrecovery.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.TestUsers.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.IntegrationTest;
import org.claimrecovery.support.Remittances;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Importing a remittance in Tasklist: the start form of import-remittance, submitted through the engine REST API as
 * Tasklist submits it (the file base64-encoded), the import after the start, and the report for the person who
 * started it.
 */
@IntegrationTest
class ImportRemittanceIT {

  static final String SUBMIT = "/engine-rest/process-definition/key/import-remittance/submit-form";
  static final ObjectMapper JSON = new ObjectMapper();
  static final LocalDate PAID_ON = LocalDate.of(2026, 6, 5);

  @Autowired Api api;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;

  @Test
  void aSpecialistImportsA835AndReadsItsReport() throws Exception {
    String file = Remittances.file(901, "SUNSHINE01", "TRACE-TASKLIST", PAID_ON, List.of(
        Remittances.claim("REM-TL-1", "1", "2400.00", "400.00", "99285", LocalDate.of(2026, 5, 12),
            "LQ*HE*N864~\n"),
        Remittances.claim("REM-TL-2", "1", "500.00", "400.00", "99213", LocalDate.of(2026, 5, 12), "")));

    var started = submit(SPECIALIST, "june.835", file);
    assertThat(started.status()).as(String.valueOf(started.body())).isEqualTo(200);
    String instance = started.body().get("id").asText();

    Task report = awaitTask(instance, "readImportReport");
    assertThat(report.getAssignee()).isEqualTo(SPECIALIST);
    var opened = api.get(SPECIALIST, "/engine-rest/task/" + report.getId() + "/form-variables?deserializeValues=false");
    assertThat(opened.status()).isEqualTo(200);
    assertThat(opened.body().get("importSummary").get("value").asText()).contains("**june\\.835**: 2 claims read",
        "1 cases opened", "REM\\-TL\\-1", "**Case opened**", "**Skipped**: not shown as out of network");
    assertThat(api.get(AUDITOR, "/api/claims?payerId=sunshine-health&size=200").body().get("claims")
        .findValuesAsText("claimNumber")).contains("REM-TL-1").doesNotContain("REM-TL-2");

    assertThat(api.post(SPECIALIST, "/engine-rest/task/" + report.getId() + "/complete", "{\"variables\": {}}")
        .status()).isEqualTo(204);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult().getEndTime())
        .isNotNull();
    // the file never stayed in the engine, now or in history
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableTypeIn("file")
        .count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
        .extracting("name").contains("remittanceFileName", "remittanceId", "importSummary").doesNotContain("remittance");
  }

  @Test
  void aBrokenFileRefusesTheStartWithWhereItIsWrongAndImportsNothing() throws Exception {
    long remittancesBefore = api.get(AUDITOR, "/api/remittances").body().get("total").asLong();
    long instancesBefore = history.createHistoricProcessInstanceQuery().processDefinitionKey("import-remittance")
        .count();
    String broken = Remittances.file(902, "SUNSHINE01", "TRACE-TASKLIST-BAD", PAID_ON, List.of(
        Remittances.claim("REM-TL-BAD", "1", "2400.00", "400.00", "99285", LocalDate.of(2026, 5, 12), "")))
        .replace("CLP*REM-TL-BAD*1*", "CLP*REM-TL-BAD*X*");

    var refused = submit(SPECIALIST, "broken.835", broken);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("message").asText()).contains("not a valid X12 835",
        "segment 13 (CLP02): invalid code value ('X')");
    assertThat(api.get(AUDITOR, "/api/remittances").body().get("total").asLong()).isEqualTo(remittancesBefore);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("import-remittance").count())
        .isEqualTo(instancesBefore);
  }

  @Test
  void anAuditorCannotStartIt() throws Exception {
    String file = Remittances.file(903, "SUNSHINE01", "TRACE-TASKLIST-AUDIT", PAID_ON, List.of(
        Remittances.claim("REM-TL-AUDIT", "1", "2400.00", "400.00", "99285", LocalDate.of(2026, 5, 12), "")));
    assertThat(submit(AUDITOR, "audit.835", file).status()).isEqualTo(403);
  }

  private Task awaitTask(String instance, String key) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < until) {
      Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
      if (task != null) {
        return task;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no task " + key + " within 60 seconds");
  }

  private Api.Response submit(String user, String fileName, String content) throws Exception {
    var variables = Map.of("remittance", Map.of("value", Base64.getEncoder().encodeToString(
        content.getBytes(StandardCharsets.US_ASCII)), "type", "File", "valueInfo", Map.of("filename", fileName,
        "mimetype", "text/plain")));
    return api.post(user, SUBMIT, JSON.writeValueAsString(Map.of("variables", variables)));
  }
}
