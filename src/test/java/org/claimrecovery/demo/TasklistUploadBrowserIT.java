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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.claimrecovery.documents.TestFiles;
import org.claimrecovery.support.DemoIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A billing specialist attaches a PDF to a demo claim in Tasklist: Start process, "Attach a document to a
 * claim", the embedded form with its file picker. The document then appears with the claim's documents.
 * Needs Debian's chromium and chromium-driver, as {@link TasklistBrowserIT}.
 */
@DemoIntegrationTest
class TasklistUploadBrowserIT {

  @LocalServerPort int port;

  private TasklistBrowser tasklist;
  private ChromeDriver browser;
  private WebDriverWait wait;
  private Path pdf;

  @BeforeEach
  void openBrowser() throws IOException {
    tasklist = TasklistBrowser.open();
    browser = tasklist.driver();
    wait = tasklist.await();
  }

  @AfterEach
  void closeBrowser() throws IOException {
    if (tasklist != null) {
      tasklist.close();
    }
    if (pdf != null) {
      Files.deleteIfExists(pdf);
    }
  }

  @Test
  void aSpecialistAttachesAPdfToADemoClaimInTasklist() throws Exception {
    pdf = Files.createTempFile("itemized-bill-", ".pdf");
    Files.write(pdf, TestFiles.pdf(1));
    String claimId = claimIdOf("DEMO-1001");
    int before = documentsOf(claimId).size();

    try {
      fillAttachForm("DEMO-1001", "aetna-demo", "Itemized bill", pdf);
      tasklist.screenshot("tasklist-upload.png");
      startButton().click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[cam-variable-name='claimNumber']")));
    } catch (RuntimeException | AssertionError failed) {
      tasklist.keepEvidence("tasklist-upload");
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
    Files.write(pdf, TestFiles.windowsExecutable());
    String claimId = claimIdOf("DEMO-1001");
    int before = documentsOf(claimId).size();

    try {
      fillAttachForm("DEMO-1001", "aetna-demo", "Medical records", pdf);
      startButton().click();
      wait.withMessage("the refusal's reason in Tasklist").until(driver ->
          driver.findElement(By.tagName("body")).getText().contains("looks like a Windows executable"));
      tasklist.screenshot("tasklist-upload-refused.png");
    } catch (RuntimeException | AssertionError failed) {
      tasklist.keepEvidence("tasklist-upload-refused");
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
      fillAttachForm("DEMO-1001", "aetna-demo", "Other document", null);
      startButton().click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("documentMissing")));
    } catch (RuntimeException | AssertionError failed) {
      tasklist.keepEvidence("tasklist-upload-no-file");
      throw failed;
    }
    assertThat(browser.findElement(By.id("documentMissing")).getText()).isEqualTo("Choose the file to attach.");
    assertThat(documentsOf(claimId)).hasSize(before);
  }

  private void fillAttachForm(String claimNumber, String payerId, String typeLabel, Path file) {
    tasklist.logInToTasklist(port, "specialist", "specialist");
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
}
