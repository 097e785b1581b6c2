package org.claimrecovery.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.TestUsers.AUDITOR;
import static org.claimrecovery.support.TestUsers.INTEGRATION;
import static org.claimrecovery.support.TestUsers.SPECIALIST;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.Claims;
import org.claimrecovery.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The review task of claims that are long, or whose data looks like markup. */
@IntegrationTest
class ReviewSummaryIT {

  @Autowired Api api;
  @Autowired TaskService tasks;

  @BeforeEach
  void today() {
    ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf("2026-06-02 10:00:00"));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aClaimWithFiveHundredLinesGetsItsReviewWithTheLargestGapsFirst() {
    var lines = new StringBuilder();
    for (int n = 1; n <= 500; n++) {
      // line n is paid 100 below its QPA of 500 + n, except line 250, which is paid nothing
      lines.append(n == 1 ? "" : ",").append("{\"serviceCode\": \"99285\", \"billedAmount\": 1000.00, \"paidAmount\": ")
          .append(n == 250 ? "0" : (400 + n) + ".00").append(", \"qpa\": ").append(500 + n).append(".00}");
    }
    String claim = Claims.nsaClaim("LONG-500", "2026-06-01")
        .replaceFirst("\"lines\": \\[.*?],", "\"lines\": [" + lines + "],")
        .replace("\"amount\": 600.00", "\"amount\": 324600.00");

    var created = api.post(INTEGRATION, "/api/claims", claim);

    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    String id = created.body().get("id").asText();
    assertThat(api.get(AUDITOR, "/api/claims/" + id).body().get("lines")).hasSize(500);
    var review = tasks.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("reviewInitialPayment")
        .singleResult();
    assertThat(review).isNotNull();
    String summary = (String) tasks.getVariable(review.getId(), "reviewSummary");
    assertThat(summary.length()).isLessThan(4000);
    assertThat(summary).contains("| **Total** |", "lists them all")
        // line 250 has the largest gap, then every other line in its order
        .contains("| 250 | 99285 | $1,000.00 | $0.00 | $750.00 | $750.00 |\n| 1 | 99285 |")
        .containsPattern("\nand \\d{3} more lines: the claim in the API \\(GET /api/claims/" + id + "\\)");
  }

  @Test
  void aPayerNameThatLooksLikeMarkupIsShownAsText() {
    String claim = Claims.nsaClaim("MARKUP-1", "2026-06-01")
        .replace("\"name\": \"Acme Health Plan\"", "\"name\": \"<img src=x onerror=alert(1)>\"");

    var created = api.post(INTEGRATION, "/api/claims", claim);

    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    var review = tasks.createTaskQuery().processInstanceBusinessKey(created.body().get("id").asText())
        .taskDefinitionKey("reviewInitialPayment").singleResult();
    // every form opens with the case's headline, computed when it opens
    String headline = api.get(SPECIALIST, "/engine-rest/task/" + review.getId() + "/form-variables").body()
        .get("caseHeadline").get("value").asText();
    assertThat(headline).contains("**Payer** &lt;img src\\=x onerror\\=alert\\(1\\)&gt;").doesNotContain("<img");
  }
}
