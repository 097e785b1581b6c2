package org.claimrecovery.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.claimrecovery.support.DemoIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * What a billing specialist sees on the first morning of the demo: Tasklist in a real browser, the group's
 * reviews with their claim columns, and the review form with its QPA table. Needs Debian's chromium and
 * chromium-driver; Selenium Manager is never asked to download anything.
 */
@DemoIntegrationTest
class TasklistBrowserIT {

  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @LocalServerPort int port;

  private ChromeDriverService service;
  private ChromeDriver browser;
  private WebDriverWait wait;
  private Path profileDir;

  @BeforeEach
  void openBrowser() throws IOException {
    if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
      fail("This test drives a real browser: run `apt-get install chromium chromium-driver` "
          + "(needs /usr/bin/chromium and /usr/bin/chromedriver)");
    }
    // the driver and browser paths are set, so Selenium Manager has nothing to resolve; keep it offline anyway
    System.setProperty("SE_OFFLINE", "true");
    profileDir = Files.createTempDirectory("tasklist-browser-it");
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1400,1000", "--user-data-dir=" + profileDir);
    service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (profileDir != null) {
      FileSystemUtils.deleteRecursively(profileDir.toFile());
    }
  }

  @Test
  void groupTasksListTheReviewsWithTheirClaimColumns() throws IOException {
    inBrowser("tasklist-group-tasks", () -> {
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
  void theReviewFormShowsTheDecisionsAndTheQpaTable() throws IOException {
    inBrowser("tasklist-review", () -> {
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
      String summary = browser.findElement(By.cssSelector(".task-details .fjs-container .fjs-form-field-text"))
          .getText();
      assertThat(summary).containsPattern("Claim DEMO-10\\d\\d").contains("Payer", "Below QPA by");
      screenshot("tasklist-review.png");
    });
  }

  private void showGroupTasks() {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    logIn("specialist", "specialist");
    // the visible name: the link also holds the (hidden) task counter of the focused filter
    WebElement groupTasks = wait.until(driver -> driver.findElements(By.cssSelector(".task-filter h4.name a"))
        .stream().filter(link -> link.isDisplayed() && link.getText().strip().startsWith("Group tasks"))
        .findFirst().orElse(null));
    groupTasks.click();
    wait.until(driver -> driver.findElement(By.cssSelector(".task-filter.active h4.name")).getText()
        .startsWith("Group tasks"));
  }

  private interface BrowserSteps {
    void run() throws IOException;
  }

  /** Runs the steps; on failure keeps a screenshot and the page text for whoever reads the report. */
  private void inBrowser(String name, BrowserSteps steps) throws IOException {
    try {
      steps.run();
    } catch (RuntimeException | AssertionError failed) {
      screenshot(name + "-failure.png");
      System.err.println("Tasklist when " + name + " failed:\n" + browser.findElement(By.tagName("body")).getText());
      throw failed;
    }
  }

  /** For what arrives with data already on the page: a short wait, so a missing column fails fast. */
  private void waitFor(String what, BooleanSupplier condition) {
    new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage(what).until(driver -> condition.getAsBoolean());
  }

  private void logIn(String user, String password) {
    var username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    username.sendKeys(user);
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
  }

  private void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
