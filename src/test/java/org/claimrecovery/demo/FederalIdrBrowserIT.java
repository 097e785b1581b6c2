package org.claimrecovery.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.claimrecovery.support.DemoIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo's federal IDR claims as a billing specialist works them in Tasklist: DEMO-1010 waits in "Prepare IDR
 * initiation" inside its window, DEMO-1011 was initiated and waits for the certified IDR entity. Needs Debian's
 * chromium and chromium-driver, as {@link TasklistBrowserIT}.
 */
@DemoIntegrationTest
class FederalIdrBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired TaskService tasks;

  private TasklistBrowser tasklist;
  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws IOException {
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
  void aSpecialistPreparesTheInitiationAndAJustificationCitingBilledChargesIsRefused() throws Exception {
    String claimId = claimId("DEMO-1010");
    String lastDay = dueOn(claimId, "IDR_INITIATION");
    var task = tasks.createTaskQuery().processInstanceBusinessKey(claimId).taskDefinitionKey("prepareIdrInitiation")
        .singleResult();
    assertThat(task).as("DEMO-1010 waits in Prepare IDR initiation").isNotNull();

    tasklist.inBrowser("tasklist-idr-prepare", () -> {
      openFromGroupTasks("Prepare IDR initiation");
      var form = tasklist.formText();
      // what the offer is decided on: the claim, its item with billed, paid and QPA as money, and the window
      assertThat(form).contains("Claim DEMO-1010", "Cigma Health", "99285", "$2,400.00", "$600.00", "$900.00",
          "QPA", "Initiate IDR by " + inWords(lastDay), "Our offer", "Justification", "Next deadline");

      tasklist.claimTask();
      // taken: the task now sits in the person's own list
      tasklist.showFilter("My tasks");
      tasklist.openCard("Prepare IDR initiation");
      tasklist.fill(Map.of("Our offer", "1800",
          "Justification", "Our billed charges of $2,400 are what this level 5 emergency visit is worth."));
      tasklist.complete();
      // the guard refuses it, naming the phrase and the law; the form's own description cites the law too, so only
      // the error notification counts
      var refusal = tasklist.refusal("billed charges");
      assertThat(refusal.getText()).contains("billed charges", "2799A-1(c)(5)(D)");
      assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("the task stays with the person")
          .isEqualTo(1);
      assertThat(tasklist.formText()).contains("Claim DEMO-1010");
      tasklist.screenshot("tasklist-idr-prepare-refused.png");
      tasklist.dismiss(refusal);

      tasklist.fill(Map.of("Our offer", "1800",
          "Justification", "The QPA is $900; the patient's acuity and the complexity of the care justify more."));
      tasklist.complete();
      wait.until(driver -> tasks.createTaskQuery().taskId(task.getId()).count() == 0);
      wait.until(ExpectedConditions.invisibilityOfElementLocated(TasklistBrowser.taskCard("Prepare IDR initiation")));
      assertThat(browser.findElement(By.cssSelector(".tasks-list")).getText()).doesNotContain("DEMO-1010");
    });
  }

  @Test
  void theInitiatedDisputeShowsItsNumberAndDeadlinesToWhoeverRecordsTheEntity() throws Exception {
    String claimId = claimId("DEMO-1011");
    var dispute = api("/api/claims/" + claimId + "/dispute");
    String selectionDue = dueOn(claimId, "IDRE_SELECTION");

    tasklist.inBrowser("tasklist-idr-entity", () -> {
      openFromGroupTasks("Record the certified IDR entity");
      var form = tasklist.formText();
      assertThat(form).contains("Claim DEMO-1011", "Dispute " + dispute.get("disputeNumber").asText(),
          "Initiated " + inWords(dispute.get("initiatedOn").asText()),
          "Next IDR deadline Jointly select the certified IDR entity", "by " + inWords(selectionDue),
          "Certified IDR entity", "Selected on").doesNotContain("IDRE_SELECTION");
      tasklist.screenshot("tasklist-idr-entity.png");
    });
  }

  private void openFromGroupTasks(String taskName) {
    tasklist.logInToTasklist(port, "specialist", "specialist");
    tasklist.showFilter("Group tasks");
    tasklist.openCard(taskName);
  }


  private String claimId(String claimNumber) throws Exception {
    for (JsonNode claim : api("/api/claims?size=100").get("claims")) {
      if (claimNumber.equals(claim.path("claimNumber").asText())) {
        return claim.get("id").asText();
      }
    }
    throw new AssertionError(claimNumber + " is not among the demo claims");
  }

  /** A day as the forms write it: 2026-12-07 reads December 7, 2026. */
  private static String inWords(String isoDay) {
    return LocalDate.parse(isoDay).format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US));
  }

  private String dueOn(String claimId, String code) throws Exception {
    for (JsonNode deadline : api("/api/claims/" + claimId + "/deadlines")) {
      if (code.equals(deadline.get("code").asText())) {
        return deadline.get("dueOn").asText();
      }
    }
    throw new AssertionError("claim " + claimId + " has no deadline " + code);
  }

  private JsonNode api(String path) throws Exception {
    var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString("specialist:specialist".getBytes(StandardCharsets.UTF_8))).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
