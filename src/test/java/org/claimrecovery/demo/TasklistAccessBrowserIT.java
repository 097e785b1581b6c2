package org.claimrecovery.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.claimrecovery.support.DemoIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What each group sees in the webapps of the demo: an auditor reads every open task in Tasklist through "All open
 * tasks" and a case in Cockpit, without a control to change them, and completing a task does not succeed for them;
 * a specialist whose completion a rule refuses reads the rule in the form's words. Needs Debian's chromium and
 * chromium-driver, as {@link TasklistBrowserIT}.
 */
@DemoIntegrationTest
class TasklistAccessBrowserIT {

  @LocalServerPort int port;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;

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
  void anAuditorReadsEveryOpenTaskAndFindsNoControlToChangeOne() throws Exception {
    Task review = reviewOf("DEMO-1001");

    tasklist.inBrowser("tasklist-auditor", () -> {
      tasklist.logInToTasklist(port, "auditor", "auditor");
      showFilter("All open tasks");
      // the filters an auditor has use for: never "My tasks" or "Group tasks", which would always be empty
      assertThat(filterNames()).containsExactlyInAnyOrder("Due within 5 business days", "All open tasks");
      var list = By.cssSelector(".tasks-list");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(list, "Review initial payment"));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(list, "DEMO-1001"));
      assertThat(browser.findElement(list).getText()).contains("Prepare negotiation", "Claim", "Payer");
      // Create task and Start process lead nowhere for an auditor: the page shows neither
      assertHidden(By.cssSelector("[cam-widget-header] .create-task-action"));
      assertHidden(By.cssSelector("[cam-widget-header] .start-process-action"));

      openCard("Review initial payment", review.getId());
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-details .fjs-container")));
      // the form is there to read; nothing to claim, complete, save or comment on
      wait.until(driver -> driver.findElement(By.cssSelector("html")).getAttribute("class").contains("cr-controls"));
      assertHidden(By.cssSelector(".task-card .assignee .claim"));
      assertHidden(By.cssSelector(".task-card .form-actions"));
      assertHidden(By.cssSelector(".task-actions .createCommentLink"));
      assertThat(browser.findElements(By.xpath(
          "//*[contains(@class,'task-card')]//button[normalize-space()='Complete']")))
          .noneMatch(WebElement::isDisplayed);
      tasklist.screenshot("tasklist-auditor-all-open-tasks.png");

      // completing it as Tasklist would, through the webapps' engine API with the session's CSRF token
      @SuppressWarnings("unchecked")
      var answer = (Map<String, Object>) browser.executeAsyncScript("""
          const done = arguments[arguments.length - 1];
          const token = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN=')).split('=')[1];
          fetch('/camunda/api/engine/engine/default/task/' + arguments[0] + '/submit-form', {
            method: 'POST', credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'X-XSRF-TOKEN': token},
            body: JSON.stringify({variables: {decision: {value: 'NEGOTIATE'}}})
          }).then(r => r.json().then(body => done({status: r.status, message: body.message})));
          """, review.getId());
      assertThat(answer).containsEntry("status", 403L)
          .containsEntry("message", "Completing this task is not open to you: auditors read cases and change nothing.");
    });
    var after = tasks.createTaskQuery().taskId(review.getId()).singleResult();
    assertThat(after).as("the review is still open").isNotNull();
    assertThat(after.getAssignee()).isNull();
  }

  @Test
  void aSpecialistReadsARefusedCompletionInTheFormsWords() throws Exception {
    // Texas: paid below the QPA, so accepting the payment needs a written reason
    Task review = reviewOf("DEMO-1002");
    try {
      tasklist.inBrowser("tasklist-refused", () -> {
        tasklist.logInToTasklist(port, "specialist", "specialist");
        showFilter("Group tasks");
        openCard("Review initial payment", review.getId());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-details .fjs-container")));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".task-card .assignee .claim"))).click();
        wait.until(driver -> review.getId() != null
            && "specialist".equals(tasks.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()));
        // Tasklist draws the form anew once the task is the person's: choose when the choice holds
        wait.until(driver -> {
          var accept = driver.findElements(By.xpath(
              "//*[contains(@class,'fjs-container')]//label[normalize-space()='Accept the payment']"));
          if (accept.isEmpty()) {
            return false;
          }
          var radio = driver.findElement(By.id(accept.get(0).getAttribute("for")));
          if (radio.isEnabled() && !radio.isSelected()) {
            accept.get(0).click();
          }
          return radio.isEnabled() && radio.isSelected();
        });
        var complete = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
            "//*[contains(@class,'task-details')]//button[normalize-space()='Complete']")));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
        complete.click();

        var refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
            "//*[contains(@class,'notifications')]//div[contains(@class,'alert')][contains(., 'below the QPA')]")));
        assertThat(refusal.getText()).contains("The payment is below the QPA: accepting it needs a written reason "
            + "(“Why accept a payment below the QPA?”).")
            .doesNotContain("acceptReason", "Cannot submit", review.getId());
        tasklist.screenshot("tasklist-refused-in-words.png");
      });
      assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).as("the task stays with the person")
          .isEqualTo(1);
    } finally {
      // the other demo tests find the sample reviews unclaimed
      tasks.setAssignee(review.getId(), null);
    }
  }

  @Test
  void anAuditorReadsACaseInCockpitWithoutItsChangeControls() throws Exception {
    String processInstanceId = reviewOf("DEMO-1001").getProcessInstanceId();

    tasklist.inBrowser("cockpit-auditor", () -> {
      tasklist.logIn(port, "cockpit", "auditor", "auditor");
      browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId
          + "/runtime?tab=variables-tab");
      var variables = By.cssSelector("[cam-widget-variables-table]");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(variables, "claimNumber"));
      assertThat(browser.findElement(variables).getText()).contains("DEMO-1001");
      // no add, edit or delete of a variable, no suspend or cancel of the case
      assertHidden(By.cssSelector("[cam-widget-variables-table] td.actions"));
      assertHidden(By.cssSelector(".ctn-toolbar > span"));
      tasklist.screenshot("cockpit-auditor-case.png");
    });
  }

  private Task reviewOf(String claimNumber) {
    var review = tasks.createTaskQuery().taskDefinitionKey("reviewInitialPayment")
        .processVariableValueEquals("claimNumber", claimNumber).singleResult();
    assertThat(review).as(claimNumber + " waits in Review initial payment").isNotNull();
    return review;
  }

  /** Every element the selector finds is hidden (and at least one is on the page, or the check proves nothing). */
  private void assertHidden(By selector) {
    wait.withMessage(selector + " on the page").until(driver -> !driver.findElements(selector).isEmpty());
    List<WebElement> found = browser.findElements(selector);
    assertThat(found).as(selector.toString()).noneMatch(WebElement::isDisplayed);
  }

  /** The filters' names, without the counter Tasklist shows beside the focused one. */
  private List<String> filterNames() {
    return browser.findElements(By.cssSelector(".task-filter h4.name a")).stream()
        .map(link -> link.getText().replaceAll("\\s*\\(?\\d+\\)?$", "").strip()).filter(name -> !name.isEmpty())
        .toList();
  }

  private void showFilter(String name) {
    WebElement filter = wait.until(driver -> driver.findElements(By.cssSelector(".task-filter h4.name a"))
        .stream().filter(link -> link.isDisplayed() && link.getText().strip().startsWith(name))
        .findFirst().orElse(null));
    filter.click();
    wait.until(driver -> driver.findElement(By.cssSelector(".task-filter.active h4.name")).getText().startsWith(name));
  }

  /** Opens the task from the list (so the list and the task are what the person sees), by its id in the URL. */
  private void openCard(String taskName, String taskId) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tasks-list"), taskName));
    String current = browser.getCurrentUrl();
    String base = current.contains("?") ? current + "&" : current + "?";
    browser.get(base.replace("#/&", "#/?") + "task=" + taskId);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-card h2.task"), taskName));
  }
}
