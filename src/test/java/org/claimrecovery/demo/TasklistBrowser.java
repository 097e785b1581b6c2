package org.claimrecovery.demo;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
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
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
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

  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = browser.getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
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
