package org.claimrecovery.remittance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.CaseTime.moveClockTo;
import static org.claimrecovery.support.TestUsers.*;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.CaseApi;
import org.claimrecovery.support.CaseProcesses;
import org.claimrecovery.support.Claims;
import org.claimrecovery.support.IntegrationTest;
import org.claimrecovery.support.Remittances;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** A settlement's payment arriving in an 835 closes the negotiated case, once. */
@IntegrationTest
class RemittanceSettlementIT {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  static final String PREPARED = """
      {"targetAmount": {"value": 1800.00},
       "justificationGrounds": {"value": "[\\"PATIENT_ACUITY\\"]", "type": "Json"},
       "justification": {"value": "Level 5 emergency visit; the market median is 1,900."}}
      """;

  @Autowired Api api;
  @Autowired CaseApi caseApi;
  @Autowired CaseProcesses cases;
  @Autowired RuntimeService runtime;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theSettlementPaidInARemittanceClosesTheNegotiatedCase() {
    moveClockTo(LocalDateTime.of(2026, 6, 2, 10, 0));
    var created = api.post(INTEGRATION, "/api/claims", Claims.nsaClaim("REM-SETTLE-1", "2026-06-01"));
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    String claimId = created.body().get("id").asText();
    String instance = created.body().get("processInstanceId").asText();
    assertThat(complete(instance, "reviewInitialPayment", "{\"decision\": {\"value\": \"NEGOTIATE\"}}")).isEqualTo(204);
    caseApi.upload(claimId, "ITEMIZED_BILL");
    assertThat(complete(instance, "prepareNegotiation", PREPARED)).isEqualTo(204);
    cases.runDueJobs(instance);

    moveClockTo(LocalDateTime.of(2026, 6, 5, 11, 0));
    assertThat(api.post(INTEGRATION, "/api/claims/" + claimId + "/payer-responses",
        "{\"responseType\": \"ACCEPTED\", \"receivedOn\": \"2026-06-05\"}").status()).isEqualTo(200);
    assertThat(complete(instance, "evaluatePayerResponse", "{\"negotiationDecision\": {\"value\": \"SETTLE\"}}"))
        .isEqualTo(204);
    cases.runDueJobs(instance);
    assertThat(caseApi.claim(claimId).get("stage").asText()).isEqualTo("AWAITING_SETTLEMENT_PAYMENT");

    // the payer pays the 1,800 agreed under a new trace; the claim's CLP04 is what this payment pays on it
    moveClockTo(LocalDateTime.of(2026, 6, 20, 11, 0));
    String payment = Remittances.claim("REM-SETTLE-1", "1", "2400.00", "1800.00", "99285",
        LocalDate.of(2026, 4, 20), "");
    var imported = upload(Remittances.file(701, "ACMEPAYER", "EFT-SETTLE-0619", LocalDate.of(2026, 6, 19),
        List.of(payment)));
    assertThat(imported.status()).as(imported.raw().body()).isEqualTo(201);
    var line = imported.body().get("claims").get(0);
    assertThat(line.get("outcome").asText()).as(line.toString()).isEqualTo("SETTLEMENT_PAYMENT_RECORDED");
    assertThat(line.get("claimId").asText()).isEqualTo(claimId);
    assertThat(line.get("traceNumber").asText()).isEqualTo("EFT-SETTLE-0619");
    cases.runDueJobs(instance);

    var closed = caseApi.claim(claimId);
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("outcome").asText()).isEqualTo("SETTLED");
    var settlement = api.get(AUDITOR, "/api/claims/" + claimId + "/settlement").body();
    assertThat(settlement.get("paidAmount").decimalValue()).isEqualByComparingTo("1800.00");
    // the case's payment carries the EFT trace, so it can be matched to the deposit
    assertThat(settlement.get("payments").get(0).get("reference").asText()).isEqualTo("EFT-SETTLE-0619");
    // 1,800 paid on the settlement minus the 600 initial payment
    assertThat(settlement.get("recoveredAmount").decimalValue()).isEqualByComparingTo("1200.00");
    assertThat(caseApi.deadline(claimId, "SETTLEMENT_PAYMENT").get("status").asText()).isEqualTo("MET");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();

    // the same payment in another file is not paid twice
    var again = upload(Remittances.file(702, "ACMEPAYER", "EFT-SETTLE-0619", LocalDate.of(2026, 6, 19),
        List.of(payment)));
    assertThat(again.body().get("claims").get(0).get("outcome").asText()).isEqualTo("ALREADY_IMPORTED");
    assertThat(api.get(AUDITOR, "/api/claims/" + claimId + "/settlement").body().get("paidAmount").decimalValue())
        .isEqualByComparingTo("1800.00");
  }

  private int complete(String instance, String taskKey, String variables) {
    var response = caseApi.complete(cases.task(instance, taskKey), variables, SPECIALIST);
    assertThat(response.status()).as(response.raw().body()).isLessThan(300);
    return response.status();
  }

  private Api.Response upload(String file) {
    return api.upload(INTEGRATION, "/api/remittances", "file", "acme.835", file.getBytes(StandardCharsets.US_ASCII),
        Map.of());
  }
}
