package org.claimrecovery.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.CaseTime.moveClockTo;
import static org.claimrecovery.support.TestUsers.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.CaseApi;
import org.claimrecovery.support.CaseProcesses;
import org.claimrecovery.support.Claims;
import org.claimrecovery.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A plan with two levels of internal appeal (the test payer twolevel of rules/appeals-test.yaml, as an administrator
 * would set one up): the first level upheld opens the second, which needs the first decision letter, gets its own
 * letter and its own deadlines, and the second upheld is the final internal adverse determination from which external
 * review counts.
 */
@IntegrationTest
class InternalAppealTwoLevelsIT {

  static final String GROUNDS = """
      {"appealGrounds": {"value": "The records show the scan was needed to rule out a bleed."}}
      """;

  @Autowired Api api;
  @Autowired RuntimeService runtime;
  @Autowired CaseProcesses cases;
  @Autowired CaseApi caseApi;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anUpheldFirstLevelOpensTheSecondAndTheSecondUpheldStartsExternalReview() {
    moveClockTo(LocalDateTime.of(2026, 6, 2, 10, 0));
    var created = api.post(INTEGRATION, "/api/claims", Claims.deniedClaim("TWO-LEVELS", "2026-06-01")
        .replace("\"id\": \"acme\"", "\"id\": \"twolevel\""));
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    String claimId = created.body().get("id").asText();
    String process = created.body().get("processInstanceId").asText();
    assertThat(caseApi.complete(cases.task(process, "reviewInitialPayment"), "{\"decision\": {\"value\": \"DISPUTE\"}}",
        SPECIALIST).status()).isEqualTo(204);
    for (String type : new String[] {"DENIAL_LETTER", "ITEMIZED_BILL", "MEDICAL_RECORD", "MEDICAL_NECESSITY_LETTER"}) {
      upload(claimId, type);
    }

    // level 1 of 2: mailed on 2026-06-03, the payer decides within 30 days
    fileLevel(process, "2026-06-03");
    var first = levels(claimId).get(0);
    assertThat(first.get("levels").asInt()).isEqualTo(2);
    assertThat(first.get("decisionDueOn").asText()).isEqualTo("2026-07-03");
    moveClockTo(LocalDateTime.of(2026, 6, 30, 10, 0));
    assertThat(caseApi.event(claimId, "{\"type\": \"APPEAL_DECISION\", \"level\": 1, \"decision\": \"UPHELD\", "
        + "\"on\": \"2026-06-29\"}").status()).isEqualTo(200);

    // level 2: due 60 days after the first decision; it needs the first level's decision letter
    var second = levels(claimId).get(1);
    assertThat(second.get("level").asInt()).isEqualTo(2);
    assertThat(second.get("filingDueOn").asText()).isEqualTo("2026-08-28");
    assertThat(caseApi.complete(cases.task(process, "prepareAppeal"), GROUNDS, SPECIALIST).status()).isEqualTo(204);
    var gather = cases.task(process, "gatherDocuments");
    assertThat(gather).as("the second level needs the first decision letter").isNotNull();
    upload(claimId, "APPEAL_DECISION_LETTER");
    assertThat(caseApi.complete(gather, "{}", SPECIALIST).status()).isEqualTo(204);
    cases.runDueJobs(process);
    assertThat(api.get(AUDITOR, "/api/claims/" + claimId + "/correspondence").body().findParents("kind").stream()
        .filter(entry -> entry.get("kind").asText().equals("APPEAL_LETTER")).map(entry -> entry.get("round").asInt()))
        .containsExactlyInAnyOrder(1, 2);
    moveClockTo(LocalDateTime.of(2026, 7, 2, 10, 0));
    assertThat(caseApi.complete(cases.task(process, "confirmAppealDispatch"), "{\"dispatchedOn\": {\"value\": "
        + "\"2026-07-01\"}, \"dispatchProof\": {\"value\": \"USPS 9400 2000\"}}", SPECIALIST).status()).isEqualTo(204);

    // the second level upheld on 2026-07-31: external review within 4 months; there is no November 31st, so the
    // month-end rule gives 2026-12-01
    moveClockTo(LocalDateTime.of(2026, 8, 3, 10, 0));
    assertThat(caseApi.complete(cases.task(process, "recordAppealDecision"), "{\"appealDecision\": {\"value\": "
        + "\"UPHELD\"}, \"appealDecidedOn\": {\"value\": \"2026-07-31\"}}", SPECIALIST).status()).isEqualTo(204);
    assertThat(levels(claimId).get(1).get("decision").asText()).isEqualTo("UPHELD");
    assertThat(caseApi.deadline(claimId, "EXTERNAL_REVIEW_REQUEST").get("dueOn").asText()).isEqualTo("2026-12-01");
    assertThat(cases.of(process)).as("the internal appeal ended").noneMatch(id -> runtime.createProcessInstanceQuery()
        .processInstanceId(id).processDefinitionKey("internalAppeal").count() > 0);
  }

  /** Prepares the level, and mails its letter from the outbox on {@code dispatchedOn}. */
  private void fileLevel(String process, String dispatchedOn) {
    assertThat(caseApi.complete(cases.task(process, "prepareAppeal"), GROUNDS, SPECIALIST).status()).isEqualTo(204);
    cases.runDueJobs(process);
    moveClockTo(LocalDateTime.of(2026, 6, 4, 10, 0));
    assertThat(caseApi.complete(cases.task(process, "confirmAppealDispatch"), "{\"dispatchedOn\": {\"value\": \""
        + dispatchedOn + "\"}, \"dispatchProof\": {\"value\": \"USPS 9400 1000\"}}", SPECIALIST).status())
        .isEqualTo(204);
  }

  private void upload(String claimId, String type) {
    caseApi.upload(claimId, type);
  }

  private JsonNode levels(String claimId) {
    return api.get(AUDITOR, "/api/claims/" + claimId + "/appeal").body();
  }
}
