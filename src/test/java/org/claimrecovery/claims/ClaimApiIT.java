package org.claimrecovery.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.TestUsers.AUDITOR;
import static org.claimrecovery.support.TestUsers.INTEGRATION;
import static org.claimrecovery.support.TestUsers.SPECIALIST;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.Claims;
import org.claimrecovery.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ClaimApiIT {

  @Autowired Api api;
  @Autowired RuntimeService runtime;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void today() {
    ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf("2026-06-02 10:00:00"));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anNsaClaimOpensACaseWithItsOpenNegotiationDeadline(CapturedOutput output) {
    var created = api.post(INTEGRATION, "/api/claims", Claims.nsaClaim("API-1", "2026-06-01"));

    assertThat(created.status()).isEqualTo(201);
    String id = created.body().get("id").asText();
    assertThat(created.header("Location")).endsWith("/api/claims/" + id);
    assertThat(created.body().get("claimNumber").asText()).isEqualTo("API-1");
    assertThat(created.body().get("status").asText()).isEqualTo("OPEN");
    assertThat(created.body().get("stage").asText()).isEqualTo("INITIAL_PAYMENT_REVIEW");
    assertThat(created.body().get("pathway").asText()).isEqualTo("FEDERAL_IDR");
    assertThat(created.body().get("processInstanceId").asText()).isNotBlank();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isEqualTo(1);

    var deadlines = api.get(AUDITOR, "/api/claims/" + id + "/deadlines");
    assertThat(deadlines.status()).isEqualTo(200);
    var initiation = deadlines.body().findParents("code").stream()
        .filter(d -> d.get("code").asText().equals("OPEN_NEGOTIATION_INITIATION")).findFirst().orElseThrow();
    // 30 business days with day 1 = 2026-06-01; Juneteenth and the observed Independence Day skipped
    assertThat(initiation.get("dueOn").asText()).isEqualTo("2026-07-14");
    assertThat(initiation.get("status").asText()).isEqualTo("OPEN");
    assertThat(initiation.get("citation").asText()).contains("149.510(b)(1)(i)");

    assertThat(output.getAll()).doesNotContain("PT-SECRET-4711");
  }

  @Test
  void aBatchAnswersEachClaimOnItsOwnAndOneBadClaimCostsNoOther() {
    String first = Claims.nsaClaim("BATCH-1", "2026-06-01");
    String badNpi = Claims.nsaClaim("BATCH-2", "2026-06-01").replace("1234567893", "1234567890");
    String second = Claims.nsaClaim("BATCH-3", "2026-06-01");
    String wrongType = Claims.nsaClaim("BATCH-4", "2026-06-01").replace("\"noticeAndConsentObtained\": false",
        "\"noticeAndConsentObtained\": {\"no\": 1}");

    var answered = api.post(INTEGRATION, "/api/claims",
        "[" + String.join(",", first, badNpi, second, first, wrongType) + "]");

    assertThat(answered.status()).isEqualTo(200);
    var results = answered.body().get("results");
    assertThat(results).extracting(result -> result.get("status").asInt()).containsExactly(201, 400, 201, 200, 400);
    assertThat(results.get(0).get("claim").get("claimNumber").asText()).isEqualTo("BATCH-1");
    assertThat(results.get(0).get("location").asText()).endsWith(results.get(0).get("claim").get("id").asText());
    assertThat(results.get(3).get("claim").get("id")).isEqualTo(results.get(0).get("claim").get("id"));
    assertThat(results.get(1).get("problem").get("errors").findValuesAsText("field")).containsExactly("provider.npi");
    assertThat(results.get(4).get("problem").get("errors").findValuesAsText("field"))
        .containsExactly("[4].noticeAndConsentObtained");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM claim WHERE claim_number LIKE 'BATCH-%'").query(Long.class).single())
        .isEqualTo(2);
    assertThat(runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(results.get(2).get("claim").get("id").asText()).count()).isEqualTo(1);
  }

  @Test
  void aBatchHoldsAtMost500Claims() {
    String claims = "[" + String.join(",", java.util.Collections.nCopies(501, "{}")) + "]";

    var refused = api.post(INTEGRATION, "/api/claims", claims);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("errors").findValuesAsText("field")).containsExactly("body");
  }

  @Test
  void postingTheSameClaimAgainAnswersWithTheExistingCase() {
    var first = api.post(INTEGRATION, "/api/claims", Claims.nsaClaim("API-2", "2026-06-01"));
    var second = api.post(INTEGRATION, "/api/claims", Claims.nsaClaim("API-2", "2026-06-01"));

    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.body().get("id")).isEqualTo(first.body().get("id"));
    assertThat(runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(first.body().get("id").asText()).count()).isEqualTo(1);
  }

  @Test
  void concurrentPostsOfOneClaimMakeOneCase() throws Exception {
    var pool = Executors.newFixedThreadPool(6);
    try {
      var posts = new ArrayList<Future<Api.Response>>();
      for (int i = 0; i < 6; i++) {
        Callable<Api.Response> post = () -> api.post(INTEGRATION, "/api/claims", Claims.nsaClaim("API-RACE", "2026-06-01"));
        posts.add(pool.submit(post));
      }
      var ids = new java.util.HashSet<String>();
      int created = 0;
      for (var post : posts) {
        var response = post.get();
        assertThat(response.status()).isIn(200, 201);
        created += response.status() == 201 ? 1 : 0;
        ids.add(response.body().get("id").asText());
      }
      assertThat(created).isEqualTo(1);
      assertThat(ids).hasSize(1);
      assertThat(jdbc.sql("SELECT COUNT(*) FROM claim WHERE claim_number = 'API-RACE'").query(Integer.class).single())
          .isEqualTo(1);
      assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ids.iterator().next()).count())
          .isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void garbageIsRefusedWithAProblemNamingEveryField() {
    long before = jdbc.sql("SELECT COUNT(*) FROM claim").query(Long.class).single();
    var response = api.post(INTEGRATION, "/api/claims", """
        {"claimNumber": "", "payer": {"name": "Acme"}, "provider": {"npi": "1234567890", "tin": "1", "name": "X"},
         "planType": "GOLD", "planState": "FL", "serviceState": "FL", "serviceCategory": "EMERGENCY",
         "serviceDate": "2026-05-10", "submittedOn": "2026-05-01",
         "lines": [{"serviceCode": "99285", "billedAmount": -1, "paidAmount": 5}],
         "initialPayment": {"receivedOn": "2026-06-01", "amount": 5},
         "denial": {"receivedOn": "2026-06-01", "reasonCode": "50"}}
        """);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).contains("application/problem+json");
    assertThat(response.body().get("title").asText()).isEqualTo("Invalid request");
    assertThat(response.body().get("errors").findValuesAsText("field")).contains("claimNumber", "payer.id",
        "provider.npi", "provider.tin", "planType", "submittedOn", "lines[0].billedAmount", "denial");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM claim").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void unreadableJsonAndMisspeltFieldsAreProblemsToo() {
    var unreadable = api.post(INTEGRATION, "/api/claims", "{not json");
    assertThat(unreadable.status()).isEqualTo(400);
    assertThat(unreadable.body().get("title").asText()).isEqualTo("Unreadable request");

    var misspelt = api.post(INTEGRATION, "/api/claims",
        Claims.nsaClaim("API-TYPO", "2026-06-01").replace("\"initialPayment\"", "\"initalPayment\""));
    assertThat(misspelt.status()).isEqualTo(400);
    assertThat(misspelt.body().get("errors").get(0).get("field").asText()).isEqualTo("initalPayment");
    assertThat(misspelt.body().get("errors").get(0).get("message").asText()).isEqualTo("is not a known field");
  }

  @Test
  void claimsAreListedByStageAndPayerAndReadOneByOne() {
    var created = api.post(SPECIALIST, "/api/claims", Claims.deniedClaim("API-3", "2026-05-20"));
    String id = created.body().get("id").asText();
    assertThat(created.body().get("pathway").asText()).isEqualTo("APPEAL");

    var one = api.get(AUDITOR, "/api/claims/" + id);
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.body().get("denial").get("reasonCode").asText()).isEqualTo("50");

    var page = api.get(AUDITOR, "/api/claims?stage=INITIAL_PAYMENT_REVIEW&payerId=acme&size=100");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body().get("claims").findValuesAsText("claimNumber")).contains("API-3");
    assertThat(api.get(AUDITOR, "/api/claims?stage=NOPE").status()).isEqualTo(400);
    assertThat(api.get(AUDITOR, "/api/claims/does-not-exist").status()).isEqualTo(404);

    var deadlines = api.get(AUDITOR, "/api/claims/" + id + "/deadlines").body();
    assertThat(deadlines.findValuesAsText("code")).contains("INTERNAL_APPEAL_FILING");
    assertThat(deadlines.findValuesAsText("dueOn")).contains(LocalDate.of(2026, 5, 20).plusDays(180).toString());
  }

  @Test
  void aDenialCodeIsKeptAsItsGroupCodeAndCarcAndAnythingElseIsRefused() {
    // X12 835 CAS01 (group) and CAS02 (CARC), as a remittance or a person writes them
    var created = api.post(INTEGRATION, "/api/claims", Claims.deniedClaim("API-CARC", "2026-05-20")
        .replace("\"reasonCode\": \"50\"", "\"reasonCode\": \" co-50 \""));
    assertThat(created.status()).isEqualTo(201);
    String id = created.body().get("id").asText();
    var denial = api.get(AUDITOR, "/api/claims/" + id).body().get("denial");
    assertThat(denial.get("groupCode").asText()).isEqualTo("CO");
    assertThat(denial.get("reasonCode").asText()).isEqualTo("50");
    // CARC 50 is a coverage denial whatever group the payer wrote before it: appeals, not IDR
    assertThat(created.body().get("pathway").asText()).isEqualTo("APPEAL");
    assertThat(jdbc.sql("SELECT denial_group_code || '/' || denial_reason_code FROM claim WHERE id = ?").param(id)
        .query(String.class).single()).isEqualTo("CO/50");

    var carcAlone = api.post(INTEGRATION, "/api/claims", Claims.deniedClaim("API-CARC-ALONE", "2026-05-20"));
    var alone = api.get(AUDITOR, "/api/claims/" + carcAlone.body().get("id").asText()).body().get("denial");
    assertThat(alone.hasNonNull("groupCode")).isFalse();
    assertThat(denial.has("code")).as("no derived fields in the JSON").isFalse();
    assertThat(alone.get("reasonCode").asText()).isEqualTo("50");

    var unpaid = api.post(INTEGRATION, "/api/claims", Claims.unpaidClaim("API-CARC-LATER", "2026-05-20"));
    var deniedLater = api.post(INTEGRATION, "/api/claims/" + unpaid.body().get("id").asText() + "/initial-payment",
        "{\"denial\": {\"receivedOn\": \"2026-06-01\", \"reasonCode\": \"PR 96\"}}");
    assertThat(deniedLater.status()).isEqualTo(200);
    assertThat(deniedLater.body().get("denial").get("groupCode").asText()).isEqualTo("PR");
    assertThat(deniedLater.body().get("denial").get("reasonCode").asText()).isEqualTo("96");

    long before = jdbc.sql("SELECT COUNT(*) FROM claim").query(Long.class).single();
    for (String written : List.of("XX-50", "CO-1234", "CO", "50-CO")) {
      var refused = api.post(INTEGRATION, "/api/claims", Claims.deniedClaim("API-CARC-BAD", "2026-05-20")
          .replace("\"reasonCode\": \"50\"", "\"reasonCode\": \"" + written + "\""));
      assertThat(refused.status()).as(written).isEqualTo(400);
      assertThat(refused.header("Content-Type")).contains("application/problem+json");
      assertThat(refused.body().get("errors")).singleElement().satisfies(problem -> {
        assertThat(problem.get("field").asText()).isEqualTo("denial.reasonCode");
        assertThat(problem.get("message").asText()).contains("CARC", "CO, PR, OA, PI, CR", "X12 835 CAS01", "CO-50");
      });
    }
    assertThat(jdbc.sql("SELECT COUNT(*) FROM claim").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void anUnpaidClaimListsThePayersDeadlineUntilThePaymentArrives() {
    var created = api.post(INTEGRATION, "/api/claims", Claims.unpaidClaim("API-4", "2026-05-20"));
    String id = created.body().get("id").asText();
    assertThat(created.body().get("stage").asText()).isEqualTo("AWAITING_INITIAL_PAYMENT");
    var deadlines = api.get(AUDITOR, "/api/claims/" + id + "/deadlines").body();
    assertThat(deadlines.get(0).get("code").asText()).isEqualTo("PAYER_INITIAL_PAYMENT");
    assertThat(deadlines.get(0).get("dueOn").asText()).isEqualTo("2026-06-19");

    var paid = api.post(INTEGRATION, "/api/claims/" + id + "/initial-payment", """
        {"initialPayment": {"receivedOn": "2026-06-01", "amount": 900.00},
         "lines": [{"paidAmount": 900.00, "qpa": 1100.00}]}
        """);
    assertThat(paid.status()).isEqualTo(200);
    assertThat(paid.body().get("stage").asText()).isEqualTo("INITIAL_PAYMENT_REVIEW");
    assertThat(paid.body().get("pathway").asText()).isEqualTo("FEDERAL_IDR");
    var after = api.get(AUDITOR, "/api/claims/" + id + "/deadlines").body();
    assertThat(after.findParents("code").stream()
        .filter(d -> d.get("code").asText().equals("PAYER_INITIAL_PAYMENT")).findFirst().orElseThrow()
        .get("status").asText()).isEqualTo("MET");

    var again = api.post(INTEGRATION, "/api/claims/" + id + "/initial-payment",
        "{\"initialPayment\": {\"receivedOn\": \"2026-06-01\", \"amount\": 900.00}}");
    assertThat(again.status()).isEqualTo(409);
  }

  @Test
  void aLineDescriptionIsStoredShownAndKeptWhenThePaymentArrives() {
    String described = Claims.unpaidClaim("API-6", "2026-05-20").replace("\"billedAmount\": 1650.00}",
        "\"billedAmount\": 1650.00, \"description\": \"Emergency department visit, moderate complexity\"}");
    var created = api.post(INTEGRATION, "/api/claims", described);
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    String id = created.body().get("id").asText();
    assertThat(created.body().get("lines").get(0).get("description").asText())
        .isEqualTo("Emergency department visit, moderate complexity");

    // the remittance's lines carry amounts only: the claim keeps its description
    var paid = api.post(INTEGRATION, "/api/claims/" + id + "/initial-payment", """
        {"initialPayment": {"receivedOn": "2026-06-01", "amount": 900.00},
         "lines": [{"paidAmount": 900.00, "qpa": 1100.00}]}
        """);
    assertThat(paid.status()).as(paid.raw().body()).isEqualTo(200);
    var line = api.get(AUDITOR, "/api/claims/" + id).body().get("lines").get(0);
    assertThat(line.get("description").asText()).isEqualTo("Emergency department visit, moderate complexity");
    assertThat(line.get("paidAmount").decimalValue()).isEqualByComparingTo("900.00");

    var tooLong = api.post(INTEGRATION, "/api/claims", Claims.unpaidClaim("API-7", "2026-05-20")
        .replace("\"billedAmount\": 1650.00}", "\"billedAmount\": 1650.00, \"description\": \"" + "x".repeat(201) + "\"}"));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.body().findValuesAsText("field")).containsExactly("lines[0].description");
  }
}
