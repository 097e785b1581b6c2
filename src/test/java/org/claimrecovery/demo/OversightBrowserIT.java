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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.claimrecovery.support.DemoIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The oversight pages as people use them, in Debian's Chromium against the demo: an auditor finds an ended case,
 * sees the path it took highlighted and the timeline with who did what, and downloads its case file; a supervisor
 * opens the deadline calendar and the outcome charts, drawn. Screenshots in target/screenshots.
 */
@DemoIntegrationTest
class OversightBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();
  private TasklistBrowser browserSession;
  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws Exception {
    browserSession = TasklistBrowser.open();
    browser = browserSession.driver();
    wait = browserSession.await();
  }

  @AfterEach
  void closeBrowser() {
    if (browserSession != null) {
      browserSession.close();
    }
  }

  @Test
  void anAuditorFindsAnEndedCaseSeesItsPathAndWhoDidWhatAndDownloadsItsCaseFile() throws Exception {
    String claimNumber = "AUDIT-" + System.currentTimeMillis() % 100000;
    String claimId = endedCase(claimNumber);
    signInAs("auditor");
    try {
      browser.get(base() + "/audit");
      awaitLoaded();
      browser.findElement(By.name("claimNumber")).sendKeys(claimNumber);
      browser.findElement(By.name("status")).sendKeys("CLOSED");
      browser.findElement(By.cssSelector("#filters button")).click();
      WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.linkText(claimNumber)));
      assertThat(browser.findElement(By.cssSelector("#cases tbody")).getText()).contains("CLOSED",
          "INITIAL_PAYMENT_ACCEPTED");
      browserSession.screenshot("audit-search.png");
      link.click();

      wait.until(ExpectedConditions.urlContains("/audit/claims/" + claimId));
      awaitLoaded();
      // the path taken: the review, its decision and the end the case reached are marked in the diagram
      var diagram = browser.findElement(By.cssSelector(".diagram[data-process='claim-recovery'] svg"));
      assertThat(taken(diagram)).contains("reviewInitialPayment", "paymentAccepted");
      assertThat(diagram.findElements(By.cssSelector("polyline.taken"))).isNotEmpty();
      assertThat(diagram.findElements(By.cssSelector("[data-element-id='prepareNegotiation'].taken"))).isEmpty();
      // the timeline: who completed the review and what they submitted
      String timeline = browser.findElement(By.id("timeline")).getText();
      assertThat(timeline).contains("Review initial payment", "completed by specialist", "decision = ACCEPT",
          "reviewNote = Paid above the QPA");
      assertThat(browser.findElement(By.id("operations")).getText()).contains("specialist", "Complete");
      assertThat(browser.findElement(By.id("readings")).getText()).contains("auditor", "PAGE");
      browserSession.screenshot("audit-case-history.png");

      // the case file, downloaded as the link offers it
      String href = browser.findElement(By.id("pdf")).getAttribute("href");
      assertThat(href).endsWith("/api/claims/" + claimId + "/audit.pdf");
      @SuppressWarnings("unchecked")
      var download = (Map<String, Object>) browser.executeAsyncScript("""
          const done = arguments[arguments.length - 1];
          fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
            const bytes = new Uint8Array(await r.arrayBuffer());
            done({status: r.status, type: r.headers.get('Content-Type'), size: bytes.length,
                  head: String.fromCharCode(...bytes.slice(0, 5)), checksum: r.headers.get('X-Case-File-Checksum'),
                  disposition: r.headers.get('Content-Disposition')});
          });
          """, href);
      assertThat(download).containsEntry("status", 200L).containsEntry("type", "application/pdf")
          .containsEntry("head", "%PDF-")
          .containsEntry("checksum", browser.findElement(By.id("checksum")).getText());
      assertThat((String) download.get("disposition")).contains("attachment", "case-file-" + claimNumber + ".pdf");
    } catch (AssertionError | RuntimeException failed) {
      browserSession.keepEvidence("audit-case-history");
      throw failed;
    }
  }

  @Test
  void aSupervisorSeesTheWeeksDeadlinesAndTheOutcomeChartsDrawn() throws Exception {
    signInAs("supervisor");
    try {
      browser.get(base() + "/");
      assertThat(browser.findElement(By.id("links")).getText()).contains("Deadline calendar", "Outcomes",
          "Tasklist", "Cockpit").doesNotContain("Admin");
      browser.findElement(By.linkText("Deadline calendar")).click();
      awaitLoaded();
      List<String> days = browser.findElements(By.cssSelector("#calendar tbody tr td:first-child")).stream()
          .map(WebElement::getText).toList();
      assertThat(days).as("the demo's open deadlines").hasSizeGreaterThan(5).isSorted();
      assertThat(browser.findElement(By.id("calendar")).getText()).contains("DEMO-1010", "DEMO-1001");
      assertThat(browser.findElements(By.cssSelector("#calendar tr.missed, #calendar tr.at-risk")))
          .as("the demo has work at risk or missed").isNotEmpty();
      browserSession.screenshot("calendar-supervisor.png");

      browser.get(base() + "/outcomes");
      awaitLoaded();
      // drawn: the chart library has put SVG shapes into every chart, not just a title
      for (String chart : List.of("chart-month", "chart-payer", "chart-pathway", "chart-mechanism")) {
        wait.until(driver -> driver.findElements(By.cssSelector("#" + chart + " svg path")).size() > 3);
      }
      assertThat(browser.findElement(By.cssSelector("#chart-month svg")).getText()).contains("Accepted");
      assertThat(Integer.parseInt(browser.findElement(By.id("closed")).getText())).isPositive();
      browserSession.screenshot("outcomes-supervisor.png");
    } catch (AssertionError | RuntimeException failed) {
      browserSession.keepEvidence("oversight-supervisor");
      throw failed;
    }
  }

  /** Every request of the browser carries the person's login, as the browser sends it once they typed it. */
  private void signInAs(String user) {
    browser.executeCdpCommand("Network.enable", Map.of());
    browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization",
        basic(user))));
  }

  private void awaitLoaded() {
    wait.until(driver -> "true".equals(driver.findElement(By.tagName("body")).getAttribute("data-loaded")));
  }

  private static List<String> taken(WebElement diagram) {
    return diagram.findElements(By.cssSelector(".taken[data-element-id]")).stream()
        .map(element -> element.getAttribute("data-element-id")).toList();
  }

  /** A claim posted and reviewed as a specialist would, accepted, and ended by the demo's job executor. */
  private String endedCase(String claimNumber) throws Exception {
    LocalDate today = LocalDate.parse(call("admin", "GET", "/api/admin/clock", null).get("today").asText());
    var claim = call("specialist", "POST", "/api/claims", """
        {"claimNumber": "%s",
         "payer": {"id": "acme-audit", "name": "Acme Health Plan", "email": "claims@acme.example"},
         "provider": {"npi": "1234567893", "tin": "12-3456789", "name": "Riverside Emergency Physicians"},
         "planType": "SELF_FUNDED_ERISA", "planState": "FL", "serviceState": "FL",
         "serviceCategory": "EMERGENCY", "noticeAndConsentObtained": false, "billedAs": "PROFESSIONAL",
         "serviceDate": "%s", "submittedOn": "%s",
         "lines": [{"serviceCode": "99285", "billedAmount": 2400.00, "paidAmount": 1000.00, "qpa": 900.00}],
         "initialPayment": {"receivedOn": "%s", "amount": 1000.00}}
        """.formatted(claimNumber, today.minusDays(34), today.minusDays(30), today.minusDays(3)));
    String claimId = claim.get("id").asText();
    JsonNode review = call("specialist", "GET", "/engine-rest/task?processInstanceBusinessKey=" + claimId
        + "&taskDefinitionKey=reviewInitialPayment", null).get(0);
    call("specialist", "POST", "/engine-rest/task/" + review.get("id").asText() + "/complete",
        "{\"variables\": {\"decision\": {\"value\": \"ACCEPT\"}, \"reviewNote\": {\"value\": \"Paid above the QPA\"}}}");
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
    while (!call("auditor", "GET", "/api/claims/" + claimId, null).get("status").asText().equals("CLOSED")) {
      assertThat(Instant.now()).as("claim %s closed by the job executor within 60 s", claimNumber).isBefore(giveUp);
      Thread.sleep(300);
    }
    return claimId;
  }

  private JsonNode call(String user, String method, String path, String body) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", basic(user))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isLessThan(300);
    return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
