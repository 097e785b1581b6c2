package org.claimrecovery.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.documents.DocumentStore;
import org.claimrecovery.documents.DocumentType;
import org.claimrecovery.documents.TestFiles;
import org.claimrecovery.support.DemoIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The negotiation journey through the forms, in a real browser: the preparation refused for a missing document keeps
 * the task with the specialist and says why in words; the bill uploaded since shows when the form opens again; the
 * evaluation shows every round as money and what settling would do; and the second evaluation opens empty, not with
 * the first round's counteroffer.
 */
@DemoIntegrationTest
class NegotiationFormsBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired CaseClock clock;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired DocumentStore documents;

  private TasklistBrowser tasklist;
  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws Exception {
    tasklist = TasklistBrowser.open();
    browser = tasklist.driver();
    wait = tasklist.await();
  }

  @AfterEach
  void closeBrowser() {
    if (tasklist != null) {
      tasklist.close();
    }
  }

  @Test
  void aSpecialistPreparesEvaluatesTwoRoundsAndEachFormOpensAsTheCaseIs() throws Exception {
    var today = clock.today();
    // a payer without an e-mail address: the notice goes through the outbox
    String claimId = post("/api/claims", """
        {"claimNumber": "FORMS-1",
         "payer": {"id": "forms-test", "name": "Harbor Health Plan"},
         "provider": {"npi": "1234567893", "tin": "12-3456789", "name": "Riverside Emergency Physicians"},
         "planType": "SELF_FUNDED_ERISA", "planState": "FL", "serviceState": "FL",
         "serviceCategory": "EMERGENCY", "noticeAndConsentObtained": false,
         "serviceDate": "%s", "submittedOn": "%s",
         "lines": [{"serviceCode": "99285", "billedAmount": 2400.00, "paidAmount": 600.00, "qpa": 900.00}],
         "initialPayment": {"receivedOn": "%s", "amount": 600.00}}
        """.formatted(today.minusDays(20), today.minusDays(15), today.minusDays(2))).get("id").asText();
    try {
      completeByApi(task(claimId, "reviewInitialPayment"), "{\"decision\": {\"value\": \"NEGOTIATE\"}}");
      Task prepare = task(claimId, "prepareNegotiation");

      tasklist.inBrowser("forms-prepare", () -> {
        tasklist.logInToTasklist(port, "specialist", "specialist");
        openTask(prepare);
        // the case's headline opens the form: who, against whom, under which law, and what is due next by whom
        assertThat(tasklist.formText()).contains("Claim FORMS-1", "Harbor Health Plan", "Provider", "Pathway",
            "Next deadline", "for us to meet", "$2,400.00", "$600.00", "$900.00", "Documents on file", "none",
            "Itemized bill, still missing");
        tasklist.claimTask();
        tasklist.fill(Map.of("Reimbursement target", "1800",
            "Justification", "Level 5 emergency visit; the QPA is $900 and the market median $1,900."));
        tasklist.complete();
        var refusal = tasklist.refusal("cannot be sent yet");
        assertThat(refusal.getText()).contains("Upload the itemized bill").doesNotContain("ITEMIZED_BILL");
        var kept = tasks.createTaskQuery().taskId(prepare.getId()).singleResult();
        assertThat(kept).as("the task stays").isNotNull();
        assertThat(kept.getAssignee()).as("with the person who worked it").isEqualTo("specialist");
        tasklist.screenshot("forms-prepare-refused.png");
        tasklist.dismiss(refusal);

        // the bill arrives; the form, opened again, shows it at once
        documents.store(claimId, DocumentType.ITEMIZED_BILL, "itemized-bill.pdf", TestFiles.pdf(1), "specialist");
        openTask(prepare);
        wait.until(driver -> tasklist.formText().contains("Itemized bill: itemized-bill.pdf"));
        assertThat(tasklist.formText()).contains("Itemized bill, on file");
        tasklist.fill(Map.of("Reimbursement target", "1800",
            "Justification", "Level 5 emergency visit; the QPA is $900 and the market median $1,900."));
        tasklist.complete();
        wait.until(driver -> tasks.createTaskQuery().taskId(prepare.getId()).count() == 0);
      });

      completeByApi(task(claimId, "confirmDispatch"), "{\"dispatchedOn\": {\"value\": \"" + today
          + "\"}, \"dispatchProof\": {\"value\": \"USPS 9400 1000\"}}");
      // the case waits for the payer once the notice is out (staff may record an answer from then on)
      task(claimId, "recordPayerResponse");
      post("/api/claims/" + claimId + "/payer-responses",
          "{\"responseType\": \"COUNTEROFFER\", \"amount\": 1000.00, \"receivedOn\": \"" + today + "\"}");
      Task first = task(claimId, "evaluatePayerResponse");

      tasklist.inBrowser("forms-evaluate", () -> {
        openTask(first);
        assertThat(tasklist.formText()).contains("Claim FORMS-1", "Our target $1,800.00",
            "we, offer of $1,800.00", "the payer, counteroffer of $1,000.00", "The open negotiation period ends",
            "Settle: at $1,000.00 — the payer's counteroffer of");
        tasklist.screenshot("forms-evaluate-round-1.png");
        tasklist.claimTask();
        choose("Send a counteroffer");
        tasklist.fill(Map.of("Counteroffer (USD)", "1500"));
        tasklist.complete();
        wait.until(driver -> tasks.createTaskQuery().taskId(first.getId()).count() == 0);
      });

      // and again once the demo's job executor has sent our counteroffer
      task(claimId, "recordPayerResponse");
      post("/api/claims/" + claimId + "/payer-responses",
          "{\"responseType\": \"COUNTEROFFER\", \"amount\": 1200.00, \"receivedOn\": \"" + today + "\"}");
      Task second = task(claimId, "evaluatePayerResponse");

      tasklist.inBrowser("forms-evaluate-again", () -> {
        openTask(second);
        assertThat(tasklist.formText()).contains("we, counteroffer of $1,500.00",
            "the payer, counteroffer of $1,200.00", "Settle: at $1,200.00");
        // nothing chosen, nothing typed: round 1's "counteroffer of 1,500" is not offered again
        assertThat(browser.findElements(By.cssSelector(".task-details .fjs-container input[type='radio']")))
            .isNotEmpty().noneMatch(radio -> radio.isSelected());
        assertThat(browser.findElements(By.xpath("//*[contains(@class,'fjs-container')]//label[starts-with("
            + "normalize-space(), 'Counteroffer')]"))).as("the amount shows only once a counteroffer is chosen")
            .isEmpty();
        tasklist.screenshot("forms-evaluate-round-2.png");
      });
    } finally {
      // the other demo tests count the sample claims' tasks
      removeCase(claimId);
    }
  }

  /**
   * Ends the test's case. The demo's job executor may be working on it at that moment (a letter being sent): the
   * removal then loses the race and is tried again.
   */
  private void removeCase(String claimId) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        runtime.createProcessInstanceQuery().processDefinitionKey("claim-recovery").processInstanceBusinessKey(claimId)
            .list().forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "browser test of the forms"));
        return;
      } catch (OptimisticLockingException busy) {
        if (attempt == 5) {
          throw busy;
        }
        Thread.sleep(500);
      }
    }
  }

  /** Opens the task's form as a link to it does, read afresh from the server. */
  private void openTask(Task task) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId());
    for (int attempt = 1; ; attempt++) {
      browser.navigate().refresh();
      try {
        tasklist.formText();
        return;
      } catch (TimeoutException stillLoading) {
        // a busy machine can keep Tasklist's spinner up longer than one wait: load it again
        if (attempt == 3) {
          throw stillLoading;
        }
      }
    }
  }

  /** Picks the radio option whose label starts with {@code label}, by clicking its label as a person does. */
  private void choose(String label) {
    wait.until(driver -> {
      var labels = driver.findElements(By.xpath("//*[contains(@class,'fjs-container')]//label[starts-with("
          + "normalize-space(), '" + label + "')]"));
      if (labels.isEmpty()) {
        return false;
      }
      var option = labels.get(0).getAttribute("for") != null
          ? driver.findElement(By.id(labels.get(0).getAttribute("for")))
          : labels.get(0).findElement(By.xpath(".//input[@type='radio']"));
      if (!option.isSelected()) {
        labels.get(0).click();
      }
      return option.isSelected();
    });
  }

  /** The case's open task of this key, once the demo's job executor has got the case there. */
  private Task task(String claimId, String key) {
    return new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(key + " of " + claimId)
        .until(driver -> tasks.createTaskQuery().processInstanceBusinessKey(claimId).taskDefinitionKey(key)
            .singleResult());
  }

  private void completeByApi(Task task, String variables) throws Exception {
    assertThat(task).isNotNull();
    send("POST", "/engine-rest/task/" + task.getId() + "/complete", "{\"variables\": " + variables + "}", 204);
  }

  private JsonNode post(String path, String body) throws Exception {
    return JSON.readTree(send("POST", path, body, -1));
  }

  private String send(String method, String path, String body, int expected) throws Exception {
    var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString("specialist:specialist".getBytes(StandardCharsets.UTF_8)))
        .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    if (expected > 0) {
      assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expected);
    } else {
      assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 201);
    }
    return response.body();
  }
}
