package org.claimrecovery.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.support.DemoIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a billing specialist sees on the first morning of the demo: Tasklist in a real browser, the group's
 * reviews with their claim columns, the review form with its QPA table, and claim data shown as text. Needs
 * Debian's chromium and chromium-driver; Selenium Manager is never asked to download anything.
 */
@DemoIntegrationTest
class TasklistBrowserIT {

  @LocalServerPort int port;
  @Autowired CaseClock clock;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;

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
  void groupTasksListTheReviewsWithTheirClaimColumns() throws Exception {
    tasklist.inBrowser("tasklist-group-tasks", () -> {
      showGroupTasks();
      var list = By.cssSelector(".tasks-list");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(list, "Review initial payment"));
      // the filter's columns (claimNumber, payerName, amountAtStake, nextDeadline) are what a specialist
      // prioritises by; without them every card reads just "Review initial payment". They are process
      // variables: Tasklist only gets them if the specialist may read the process instance (READ_INSTANCE)
      waitFor("the claim columns of the Group tasks filter in the task list (claimNumber DEMO-1001)",
          () -> browser.findElement(list).getText().contains("DEMO-1001"));
      assertThat(browser.findElement(list).getText()).contains("Claim", "Payer", "Acme Health Plan");
    });
  }

  @Test
  void theReviewFormShowsTheDecisionsAndTheQpaTable() throws Exception {
    tasklist.inBrowser("tasklist-review", () -> {
      showGroupTasks();
      // open a review; the claim number is read from the form, as the list may not show it
      wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
          "//*[@ng-repeat='(delta, task) in tasks'][contains(., 'Review initial payment')]//h4[contains(@class,'task')]/a")))
          .click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-details .fjs-container")));
      for (String decision : List.of("Accept the payment", "Negotiate with the payer", "Dispute (appeal / IDR)")) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
            "//*[contains(@class,'fjs-container')]//label[normalize-space()='" + decision + "']")));
      }
      var table = wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector(".task-details .fjs-container .fjs-form-field-text table")));
      assertThat(table.getText()).contains("Below QPA by", "Billed", "Paid", "QPA", "Total");
      var texts = browser.findElements(By.cssSelector(".task-details .fjs-container .fjs-form-field-text"));
      assertThat(texts.get(0).getText()).as("the case's headline opens the form")
          .containsPattern("Claim DEMO-10\\d\\d").contains("Payer", "Provider", "Pathway", "Next deadline");
      assertThat(texts.get(1).getText()).contains("Below QPA by");
      tasklist.screenshot("tasklist-review.png");
    });
  }

  @Test
  void thePreparationFormOffersToNegotiateClaimsTogether() throws Exception {
    tasklist.inBrowser("tasklist-prepare", () -> {
      showGroupTasks();
      // DEMO-1007 was decided NEGOTIATE by the demo data and waits for its preparation
      wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
          "//*[@ng-repeat='(delta, task) in tasks'][contains(., 'Prepare negotiation')]//h4[contains(@class,'task')]/a")))
          .click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-details .fjs-container")));
      var bundleField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
          "//*[contains(@class,'fjs-container')]//label[starts-with(normalize-space(), 'Negotiate together with')]")));
      var form = browser.findElement(By.cssSelector(".task-details .fjs-container")).getText();
      assertThat(form).contains("Claim DEMO-1007", "Reimbursement target", "Justification grounds",
          "same provider TIN", "split over the claims in proportion to their targets");
      assertThat(bundleField.isDisplayed()).isTrue();
      tasklist.screenshot("tasklist-prepare.png");
    });
  }

  @Test
  void claimDataThatLooksLikeMarkupIsShownAsText() throws Exception {
    String payerName = "<img src=x onerror=alert(1)>";
    var today = clock.today();
    var posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/claims"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString("specialist:specialist".getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString("""
            {"claimNumber": "MARKUP-1",
             "payer": {"id": "markup-test", "name": "%s"},
             "provider": {"npi": "1234567893", "tin": "12-3456789", "name": "Riverside Emergency Physicians"},
             "planType": "SELF_FUNDED_ERISA", "planState": "FL", "serviceState": "FL",
             "serviceCategory": "EMERGENCY", "noticeAndConsentObtained": false,
             "serviceDate": "%s", "submittedOn": "%s",
             "lines": [{"serviceCode": "99285", "billedAmount": 2400.00, "paidAmount": 600.00, "qpa": 900.00}],
             "initialPayment": {"receivedOn": "%s", "amount": 600.00}}
            """.formatted(payerName, today.minusDays(20), today.minusDays(15), today.minusDays(2)))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    var review = tasks.createTaskQuery().taskDefinitionKey("reviewInitialPayment")
        .processVariableValueEquals("claimNumber", "MARKUP-1").singleResult();
    try {
      tasklist.inBrowser("tasklist-markup", () -> {
        tasklist.logInToTasklist(port, "specialist", "specialist");
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + review.getId());
        var summary = wait.until(ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector(".task-details .fjs-container .fjs-form-field-text")));
        wait.until(ExpectedConditions.textToBePresentInElement(summary, "Payer " + payerName));
        assertThat(browser.findElements(By.cssSelector(".task-details .fjs-container img"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("img[src='x']"))).isEmpty();
        // an alert left open would also fail every browser call above
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        tasklist.screenshot("tasklist-markup.png");
      });
    } finally {
      // the other demo tests count and open the sample claims' reviews
      runtime.deleteProcessInstance(review.getProcessInstanceId(), "browser test of claim data as text");
    }
  }

  private void showGroupTasks() {
    tasklist.logInToTasklist(port, "specialist", "specialist");
    // the visible name: the link also holds the (hidden) task counter of the focused filter
    WebElement groupTasks = wait.until(driver -> driver.findElements(By.cssSelector(".task-filter h4.name a"))
        .stream().filter(link -> link.isDisplayed() && link.getText().strip().startsWith("Group tasks"))
        .findFirst().orElse(null));
    groupTasks.click();
    wait.until(driver -> driver.findElement(By.cssSelector(".task-filter.active h4.name")).getText()
        .startsWith("Group tasks"));
  }


  /** For what arrives with data already on the page: a short wait, so a missing column fails fast. */
  private void waitFor(String what, BooleanSupplier condition) {
    new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage(what).until(driver -> condition.getAsBoolean());
  }
}
