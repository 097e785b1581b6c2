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
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.claimrecovery.support.DemoIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
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

    inBrowser("tasklist-idr-prepare", () -> {
      openFromGroupTasks("Prepare IDR initiation");
      var form = formText();
      // what the offer is decided on: the claim, its item with billed, paid and QPA as money, and the window
      assertThat(form).contains("Claim DEMO-1010", "Cigma Health", "99285", "$2,400.00", "$600.00", "$900.00",
          "QPA", "Initiate IDR by " + lastDay, "Our offer", "Justification");

      claimTask();
      // taken: the task now sits in the person's own list
      showFilter("My tasks");
      openCard("Prepare IDR initiation");
      fill(Map.of("Our offer", "1800",
          "Justification", "Our billed charges of $2,400 are what this level 5 emergency visit is worth."));
      complete();
      // the guard refuses it, naming the phrase and the law; the form's own description cites the law too, so only
      // the error notification counts
      var refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
          "//*[contains(@class,'notifications')]//div[contains(@class,'alert')][contains(., 'billed charges')]")));
      assertThat(refusal.getText()).contains("billed charges", "2799A-1(c)(5)(D)");
      assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("the task stays with the person")
          .isEqualTo(1);
      assertThat(formText()).contains("Claim DEMO-1010");
      tasklist.screenshot("tasklist-idr-prepare-refused.png");
      // read and closed, as a person does: it covers the form's buttons
      wait.until(ExpectedConditions.elementToBeClickable(refusal.findElement(By.xpath(
          ".//button[contains(@class,'close')][not(contains(@class,'ng-hide'))]")))).click();
      wait.until(ExpectedConditions.invisibilityOf(refusal));

      fill(Map.of("Our offer", "1800",
          "Justification", "The QPA is $900; the patient's acuity and the complexity of the care justify more."));
      complete();
      wait.until(driver -> tasks.createTaskQuery().taskId(task.getId()).count() == 0);
      wait.until(ExpectedConditions.invisibilityOfElementLocated(taskCard("Prepare IDR initiation")));
      assertThat(browser.findElement(By.cssSelector(".tasks-list")).getText()).doesNotContain("DEMO-1010");
    });
  }

  @Test
  void theInitiatedDisputeShowsItsNumberAndDeadlinesToWhoeverRecordsTheEntity() throws Exception {
    String claimId = claimId("DEMO-1011");
    var dispute = api("/api/claims/" + claimId + "/dispute");
    String selectionDue = dueOn(claimId, "IDRE_SELECTION");

    inBrowser("tasklist-idr-entity", () -> {
      openFromGroupTasks("Record the certified IDR entity");
      var form = formText();
      assertThat(form).contains("Claim DEMO-1011", "Dispute " + dispute.get("disputeNumber").asText(),
          "Initiated " + dispute.get("initiatedOn").asText(), "IDRE_SELECTION", "by " + selectionDue,
          "Certified IDR entity", "Selected on");
      tasklist.screenshot("tasklist-idr-entity.png");
    });
  }

  private void openFromGroupTasks(String taskName) {
    tasklist.logInToTasklist(port, "specialist", "specialist");
    showFilter("Group tasks");
    openCard(taskName);
  }

  private void openCard(String taskName) {
    wait.until(ExpectedConditions.elementToBeClickable(taskCard(taskName))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-details .fjs-container")));
  }

  private void showFilter(String name) {
    // the visible name: the link also holds the (hidden) task counter of the focused filter
    WebElement filter = wait.until(driver -> driver.findElements(By.cssSelector(".task-filter h4.name a"))
        .stream().filter(link -> link.isDisplayed() && link.getText().strip().startsWith(name))
        .findFirst().orElse(null));
    filter.click();
    wait.until(driver -> driver.findElement(By.cssSelector(".task-filter.active h4.name")).getText().startsWith(name));
  }

  private static By taskCard(String taskName) {
    return By.xpath("//*[@ng-repeat='(delta, task) in tasks'][.//h4[contains(@class,'task')]/a[normalize-space()='"
        + taskName + "']]//h4[contains(@class,'task')]/a");
  }

  private String formText() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".task-details .fjs-container .fjs-form-field-text"))).findElement(By.xpath(
            "ancestor::*[contains(@class,'fjs-container')]")).getText();
  }

  /**
   * Types into the fields whose labels start with the keys, replacing what they held, and leaves each (form-js takes
   * typed text after a pause or when the field is left). Tasklist may draw the form anew while it settles after the
   * claim, emptying it: the fields are typed again until they hold their texts on two looks in a row.
   */
  private void fill(Map<String, String> texts) {
    int[] steadyLooks = {0};
    wait.until(driver -> {
      boolean typed = false;
      for (var entry : texts.entrySet()) {
        var field = field(entry.getKey());
        if (field == null) {
          steadyLooks[0] = 0;
          return false;
        }
        if (!entry.getValue().equals(field.getAttribute("value"))) {
          field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
          field.sendKeys(entry.getValue(), Keys.TAB);
          typed = true;
        }
      }
      steadyLooks[0] = typed ? 0 : steadyLooks[0] + 1;
      return steadyLooks[0] >= 2;
    });
  }

  /** The enabled input of the label that starts with {@code label}; null while the form is not drawn or read-only. */
  private WebElement field(String label) {
    var labels = browser.findElements(By.xpath(
        "//*[contains(@class,'fjs-container')]//label[starts-with(normalize-space(), '" + label + "')]"));
    if (labels.isEmpty()) {
      return null;
    }
    var input = browser.findElements(By.id(labels.get(0).getAttribute("for")));
    return input.isEmpty() || !input.get(0).isEnabled() ? null : input.get(0);
  }

  /** A group task is worked after the person takes it (Tasklist's "Claim"). */
  private void claimTask() {
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'task-details')]//*[self::a or self::button][normalize-space()='Claim']"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'task-details')]//button[normalize-space()='Complete']")));
  }

  private void complete() {
    var button = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'task-details')]//button[normalize-space()='Complete']")));
    // below the fold, under Tasklist's footer, until scrolled to
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
    button.click();
  }

  private interface BrowserSteps {
    void run() throws Exception;
  }

  /** Runs the steps; on failure keeps a screenshot and the page text for whoever reads the report. */
  private void inBrowser(String name, BrowserSteps steps) throws Exception {
    try {
      steps.run();
    } catch (Exception | AssertionError failed) {
      tasklist.keepEvidence(name);
      throw failed;
    }
  }

  private String claimId(String claimNumber) throws Exception {
    for (JsonNode claim : api("/api/claims?size=100").get("claims")) {
      if (claimNumber.equals(claim.path("claimNumber").asText())) {
        return claim.get("id").asText();
      }
    }
    throw new AssertionError(claimNumber + " is not among the demo claims");
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
