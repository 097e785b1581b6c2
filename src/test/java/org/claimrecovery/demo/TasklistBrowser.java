package org.claimrecovery.demo;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium driving Camunda Tasklist, as a person would. Needs the packages chromium and
 * chromium-driver; Selenium Manager is never asked to download anything.
 */
final class TasklistBrowser implements AutoCloseable {

  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final Path profileDir;
  private final ChromeDriverService service;
  private final ChromeDriver browser;
  private final WebDriverWait wait;

  private TasklistBrowser(Path profileDir) {
    this.profileDir = profileDir;
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1400,1000", "--user-data-dir=" + profileDir);
    service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  /** A fresh browser with an empty profile; fails (never skips) when Chromium is not installed. */
  static TasklistBrowser open() throws IOException {
    if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
      fail("This test drives a real browser: run `apt-get install chromium chromium-driver` "
          + "(needs /usr/bin/chromium and /usr/bin/chromedriver)");
    }
    // the driver and browser paths are set, so Selenium Manager has nothing to resolve; keep it offline anyway
    System.setProperty("SE_OFFLINE", "true");
    return new TasklistBrowser(Files.createTempDirectory("tasklist-browser"));
  }

  ChromeDriver driver() {
    return browser;
  }

  WebDriverWait await() {
    return wait;
  }

  /** Opens Tasklist and logs in through its own login page. */
  void logInToTasklist(int port, String user, String password) {
    logIn(port, "tasklist", user, password);
  }

  /** Opens a webapp (tasklist, cockpit) and logs in through its own login page. */
  void logIn(int port, String app, String user, String password) {
    browser.get("http://localhost:" + port + "/camunda/app/" + app + "/");
    // typed again while the page, still starting, draws the form anew and empties it
    wait.until(driver -> {
      var username = driver.findElement(By.cssSelector("input[ng-model='username']"));
      var passwordField = driver.findElement(By.cssSelector("input[ng-model='password']"));
      if (!username.isDisplayed() || !username.isEnabled()) {
        return false;
      }
      if (!user.equals(username.getAttribute("value"))) {
        username.clear();
        username.sendKeys(user);
      }
      if (!password.equals(passwordField.getAttribute("value"))) {
        passwordField.clear();
        passwordField.sendKeys(password);
      }
      return user.equals(username.getAttribute("value")) && password.equals(passwordField.getAttribute("value"));
    });
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
  }

  /** Shows the tasks of the filter whose visible name starts with {@code name}. */
  void showFilter(String name) {
    // the visible name: the link also holds the (hidden) task counter of the focused filter
    WebElement filter = wait.until(driver -> driver.findElements(By.cssSelector(".task-filter h4.name a"))
        .stream().filter(link -> link.isDisplayed() && link.getText().strip().startsWith(name))
        .findFirst().orElse(null));
    filter.click();
    wait.until(driver -> driver.findElement(By.cssSelector(".task-filter.active h4.name")).getText().startsWith(name));
  }

  /** Opens the first card of the list with this task name, and waits for its form. */
  void openCard(String taskName) {
    wait.until(ExpectedConditions.elementToBeClickable(taskCard(taskName))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-details .fjs-container")));
  }

  static By taskCard(String taskName) {
    return By.xpath("//*[@ng-repeat='(delta, task) in tasks'][.//h4[contains(@class,'task')]/a[normalize-space()='"
        + taskName + "']]//h4[contains(@class,'task')]/a");
  }

  /** The text of the open task's form. */
  String formText() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".task-details .fjs-container .fjs-form-field-text"))).findElement(By.xpath(
            "ancestor::*[contains(@class,'fjs-container')]")).getText();
  }

  /**
   * Types into the fields whose labels start with the keys, replacing what they held, and leaves each (form-js takes
   * typed text after a pause or when the field is left). Tasklist may draw the form anew while it settles after the
   * claim, emptying it: the fields are typed again until they hold their texts on two looks in a row.
   */
  void fill(Map<String, String> texts) {
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

  /**
   * The enabled input of the field label that starts with {@code label} (a group's label, such as a checklist's, names
   * no input); null while the form is not drawn or read-only.
   */
  WebElement field(String label) {
    var labels = browser.findElements(By.xpath(
        "//*[contains(@class,'fjs-container')]//label[@for][starts-with(normalize-space(), '" + label + "')]"));
    if (labels.isEmpty()) {
      return null;
    }
    var input = browser.findElements(By.id(labels.get(0).getAttribute("for")));
    return input.isEmpty() || !input.get(0).isEnabled() ? null : input.get(0);
  }

  /** A group task is worked after the person takes it (Tasklist's "Claim"). */
  void claimTask() {
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'task-details')]//*[self::a or self::button][normalize-space()='Claim']"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'task-details')]//button[normalize-space()='Complete']")));
  }

  void complete() {
    var button = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'task-details')]//button[normalize-space()='Complete']")));
    // below the fold, under Tasklist's footer, until scrolled to
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
    button.click();
  }

  /** The error notification that holds {@code text}, once it shows. */
  WebElement refusal(String text) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//*[contains(@class,'notifications')]//div[contains(@class,'alert')][contains(., '" + text + "')]")));
  }

  /** Closes a notification, as a person does: it covers the form's buttons. */
  void dismiss(WebElement notification) {
    wait.until(ExpectedConditions.elementToBeClickable(notification.findElement(By.xpath(
        ".//button[contains(@class,'close')][not(contains(@class,'ng-hide'))]")))).click();
    wait.until(ExpectedConditions.invisibilityOf(notification));
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = browser.getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  /** What a test does in the browser. */
  interface Steps {
    void run() throws Exception;
  }

  /** Runs the steps; on failure keeps a screenshot and the page text for whoever reads the report. */
  void inBrowser(String name, Steps steps) throws Exception {
    try {
      steps.run();
    } catch (Exception | AssertionError failed) {
      keepEvidence(name);
      throw failed;
    }
  }

  /** On a failure: a screenshot and the page text for whoever reads the report. */
  void keepEvidence(String name) {
    screenshot(name + "-failure.png");
    System.err.println("Tasklist when " + name + " failed:\n" + browser.findElement(By.tagName("body")).getText());
  }

  @Override
  public void close() {
    browser.quit();
    service.stop();
    FileSystemUtils.deleteRecursively(profileDir.toFile());
  }
}
