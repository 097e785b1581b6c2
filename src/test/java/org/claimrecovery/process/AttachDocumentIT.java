package org.claimrecovery.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.TestUsers.AUDITOR;
import static org.claimrecovery.support.TestUsers.INTEGRATION;
import static org.claimrecovery.support.TestUsers.SPECIALIST;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.claimrecovery.documents.TestFiles;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.Claims;
import org.claimrecovery.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Attaching a document in Tasklist: the start form of attach-document, submitted through the engine REST API
 * as Tasklist submits it (JSON variables, the file base64-encoded with its name and media type).
 */
@IntegrationTest
class AttachDocumentIT {

  static final String SUBMIT = "/engine-rest/process-definition/key/attach-document/submit-form";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired Api api;
  @Autowired JdbcClient jdbc;
  @Autowired HistoryService history;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;

  @Test
  void aSpecialistAttachesAPdfThatIsStoredWithTheClaimAndNowhereElse() {
    String claimId = newClaim("ATTACH-1");
    byte[] pdf = TestFiles.pdf(1);

    var started = submit(SPECIALIST, "ATTACH-1", "ITEMIZED_BILL", "itemized bill.pdf", pdf);

    assertThat(started.status()).as(String.valueOf(started.body())).isEqualTo(200);
    String processInstanceId = started.body().get("id").asText();
    var listed = api.get(AUDITOR, "/api/claims/" + claimId + "/documents");
    assertThat(listed.body()).hasSize(1);
    var document = listed.body().get(0);
    assertThat(document.get("type").asText()).isEqualTo("ITEMIZED_BILL");
    assertThat(document.get("fileName").asText()).isEqualTo("itemized bill.pdf");
    assertThat(document.get("mediaType").asText()).isEqualTo("application/pdf");
    assertThat(document.get("sizeBytes").asLong()).isEqualTo(pdf.length);
    assertThat(document.get("uploadedBy").asText()).isEqualTo(SPECIALIST);

    // the file is not a process variable, now or in history; the other form fields are (history level full)
    assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(processInstanceId).list()).isEmpty();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).list())
        .extracting("name").contains("claimNumber", "payerId", "documentType", "claimId", "documentId")
        .doesNotContain("document");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableTypeIn("file").count()).isZero();
    assertThat(history.createHistoricDetailQuery().processInstanceId(processInstanceId).variableUpdates().list())
        .map(detail -> ((HistoricVariableUpdate) detail).getVariableName())
        .contains("claimNumber").doesNotContain("document");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
        .getBusinessKey()).isEqualTo(claimId);
    // the engine's byte arrays hold no copy; the product's claim_document row is the one copy
    assertThat(jdbc.sql("SELECT COUNT(*) FROM act_ge_bytearray WHERE bytes_ = ?").param(pdf).query(Long.class)
        .single()).isZero();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM claim_document WHERE claim_id = ?").param(claimId)
        .query(Long.class).single()).isEqualTo(1);
    assertThat(engineConfiguration.getHistoryLevel().getId()).isEqualTo(3);
  }

  @Test
  void aRefusedFileRefusesTheStartWithTheReasonAndStoresNothing() {
    String claimId = newClaim("ATTACH-2");
    long instancesBefore = history.createHistoricProcessInstanceQuery().processDefinitionKey("attach-document")
        .count();

    var encrypted = submit(SPECIALIST, "ATTACH-2", "MEDICAL_RECORD", "record.pdf", TestFiles.encryptedPdf(""));
    var executable = submit(SPECIALIST, "ATTACH-2", "MEDICAL_RECORD", "record.pdf", TestFiles.windowsExecutable());

    assertThat(encrypted.status()).isEqualTo(400);
    assertThat(encrypted.body().get("message").asText()).containsIgnoringCase("encrypted");
    assertThat(executable.status()).isEqualTo(400);
    assertThat(executable.body().get("message").asText()).contains("Windows executable");
    assertThat(api.get(SPECIALIST, "/api/claims/" + claimId + "/documents").body()).isEmpty();
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("attach-document").count())
        .isEqualTo(instancesBefore);
  }

  @Test
  void anUnknownClaimIsRefusedWithItsNumber() {
    var unknown = submit(SPECIALIST, "NO-SUCH-CLAIM", "OTHER", "x.pdf", TestFiles.pdf(1));

    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body().get("message").asText()).contains("NO-SUCH-CLAIM");
  }

  @Test
  void anAuditorCannotStartIt() {
    newClaim("ATTACH-3");

    var refused = submit(AUDITOR, "ATTACH-3", "OTHER", "x.pdf", TestFiles.pdf(1));

    assertThat(refused.status()).isEqualTo(403);
  }

  @Test
  void theEmbeddedStartFormIsDeployedUnderItsClassPathName() {
    var form = api.get(SPECIALIST, "/engine-rest/process-definition/key/attach-document/deployed-start-form");

    assertThat(form.status()).isEqualTo(200);
    assertThat(form.raw().body()).contains("cam-variable-type=\"File\"", "cam-variable-name=\"document\"");
  }

  private Api.Response submit(String user, String claimNumber, String type, String fileName, byte[] content) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("claimNumber", Map.of("value", claimNumber, "type", "String"));
    variables.put("payerId", Map.of("value", "acme", "type", "String"));
    variables.put("documentType", Map.of("value", type, "type", "String"));
    variables.put("document", Map.of("value", Base64.getEncoder().encodeToString(content), "type", "File",
        "valueInfo", Map.of("filename", fileName, "mimetype", "application/pdf")));
    try {
      return api.post(user, SUBMIT, JSON.writeValueAsString(Map.of("variables", variables)));
    } catch (Exception impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private String newClaim(String claimNumber) {
    var created = api.post(INTEGRATION, "/api/claims", Claims.nsaClaim(claimNumber, "2026-06-01"));
    assertThat(created.status()).isIn(200, 201);
    return created.body().get("id").asText();
  }
}
