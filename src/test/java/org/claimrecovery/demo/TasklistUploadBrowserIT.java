package org.claimrecovery.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.claimrecovery.support.DemoIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * A billing specialist attaches a PDF to a demo claim in Tasklist: Start process, "Attach a document to a
 * claim", the embedded form with its file picker. The document then appears with the claim's documents.
 * Needs Debian's chromium and chromium-driver, as {@link TasklistBrowserIT}.
 */
@DemoIntegrationTest
class TasklistUploadBrowserIT {

  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @LocalServerPort int port;

  private ChromeDriverService service;
  private ChromeDriver browser;
  private WebDriverWait wait;
  private Path profileDir;
  private Path pdf;

  @BeforeEach
  void openBrowser() throws IOException {
    if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
      fail("This test drives a real browser: run `apt-get install chromium chromium-driver` "
          + "(needs /usr/bin/chromium and /usr/bin/chromedriver)");
    }
    System.setProperty("SE_OFFLINE", "true");
    profileDir = Files.createTempDirectory("tasklist-upload-it");
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
  void closeBrowser() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (profileDir != null) {
      FileSystemUtils.deleteRecursively(profileDir.toFile());
    }
    if (pdf != null) {
      Files.deleteIfExists(pdf);
    }
  }

  @Test
  void aSpecialistAttachesAPdfToADemoClaimInTasklist() throws Exception {
    pdf = Files.createTempFile("itemized-bill-", ".pdf");
    Files.write(pdf, onePagePdf("Itemized bill DEMO-1001"));
    String claimId = claimIdOf("DEMO-1001");
    int before = documentsOf(claimId).size();

    try {
      fillAttachForm("DEMO-1001", "aetna-demo", "Itemized bill", pdf);
      screenshot("tasklist-upload.png");
      startButton().click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[cam-variable-name='claimNumber']")));
    } catch (RuntimeException | AssertionError failed) {
      failed("tasklist-upload-failure.png");
      throw failed;
    }

    JsonNode documents = documentsOf(claimId);
    assertThat(documents).hasSize(before + 1);
    JsonNode document = documents.get(documents.size() - 1);
    assertThat(document.get("type").asText()).isEqualTo("ITEMIZED_BILL");
    assertThat(document.get("mediaType").asText()).isEqualTo("application/pdf");
    assertThat(document.get("fileName").asText()).isEqualTo(pdf.getFileName().toString());
    assertThat(document.get("sizeBytes").asLong()).isEqualTo(Files.size(pdf));
    assertThat(document.get("uploadedBy").asText()).isEqualTo("specialist");
  }

  @Test
  void aRenamedExecutableIsRefusedInTheFormWithTheReason() throws Exception {
    pdf = Files.createTempFile("bill-", ".pdf");
    byte[] executable = new byte[512];
    executable[0] = 'M';
    executable[1] = 'Z';
    Files.write(pdf, executable);
    String claimId = claimIdOf("DEMO-1001");
    int before = documentsOf(claimId).size();

    try {
      fillAttachForm("DEMO-1001", "aetna-demo", "Medical record", pdf);
      startButton().click();
      wait.withMessage("the refusal's reason in Tasklist").until(driver ->
          driver.findElement(By.tagName("body")).getText().contains("looks like a Windows executable"));
      screenshot("tasklist-upload-refused.png");
    } catch (RuntimeException | AssertionError failed) {
      failed("tasklist-upload-refused-failure.png");
      throw failed;
    }
    // the form stays open to choose another file, and nothing was stored
    assertThat(browser.findElement(By.cssSelector("input[cam-variable-name='claimNumber']")).isDisplayed()).isTrue();
    assertThat(documentsOf(claimId)).hasSize(before);
  }

  @Test
  void startingWithoutAFileAsksForOne() throws Exception {
    String claimId = claimIdOf("DEMO-1001");
    int before = documentsOf(claimId).size();

    try {
      fillAttachForm("DEMO-1001", "aetna-demo", "Other", null);
      startButton().click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("documentMissing")));
    } catch (RuntimeException | AssertionError failed) {
      failed("tasklist-upload-no-file-failure.png");
      throw failed;
    }
    assertThat(browser.findElement(By.id("documentMissing")).getText()).isEqualTo("Choose the file to attach.");
    assertThat(documentsOf(claimId)).hasSize(before);
  }

  private void fillAttachForm(String claimNumber, String payerId, String typeLabel, Path file) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    logIn("specialist", "specialist");
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(normalize-space(.), 'Start process')]")))
        .click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[contains(@class,'modal')]//a[normalize-space(.)='Attach a document to a claim']"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[cam-variable-name='claimNumber']")))
        .sendKeys(claimNumber);
    browser.findElement(By.cssSelector("input[cam-variable-name='payerId']")).sendKeys(payerId);
    new Select(browser.findElement(By.cssSelector("select[cam-variable-name='documentType']")))
        .selectByVisibleText(typeLabel);
    if (file != null) {
      browser.findElement(By.cssSelector("input[type='file'][cam-variable-name='document']"))
          .sendKeys(file.toAbsolutePath().toString());
    }
  }

  private org.openqa.selenium.WebElement startButton() {
    return wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Start']")));
  }

  private void failed(String screenshot) throws IOException {
    screenshot(screenshot);
    System.err.println("Tasklist when uploading failed:\n" + browser.findElement(By.tagName("body")).getText());
  }

  private static byte[] onePagePdf(String text) throws IOException {
    try (var document = new PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
      var page = new PDPage();
      document.addPage(page);
      try (var content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
        content.newLineAtOffset(72, 700);
        content.showText(text);
        content.endText();
      }
      document.save(out);
      return out.toByteArray();
    }
  }

  private String claimIdOf(String claimNumber) throws Exception {
    for (JsonNode claim : getAsAdmin("/api/claims?payerId=aetna-demo&size=100").get("claims")) {
      if (claimNumber.equals(claim.get("claimNumber").asText())) {
        return claim.get("id").asText();
      }
    }
    throw new AssertionError("no demo claim " + claimNumber);
  }

  private JsonNode documentsOf(String claimId) throws Exception {
    return getAsAdmin("/api/claims/" + claimId + "/documents");
  }

  private JsonNode getAsAdmin(String path) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
        .GET().build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
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
