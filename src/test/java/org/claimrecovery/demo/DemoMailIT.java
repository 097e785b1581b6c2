package org.claimrecovery.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.claimrecovery.documents.TestFiles;
import org.claimrecovery.support.AccessMatrix;
import org.claimrecovery.support.DemoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The demo is whole on its own: with no mail server named, a case e-mails its open negotiation notice to the
 * demo's own SMTP server, and the demo mail page lists it under the case with its PDF. The claim is the README's
 * example (Product API, "A claim"), dated from the demo clock's today as the README's command dates it from the
 * reader's. No mock: the real SMTP server, the job executor, HTTP, and Chromium for the page.
 */
@DemoIntegrationTest
class DemoMailIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern README_DATE = Pattern.compile("\\$\\(date -d '(\\d+) days ago' \\+%F\\)");

  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired GreenMail demoSmtpServer;
  @Autowired JavaMailSenderImpl mailSender;

  @Test
  void theReadmeClaimEmailsItsNoticeAndTheMailPageListsItWithItsPdf() throws Exception {
    // the service sends to its own server, on the loopback interface
    assertThat(mailSender.getHost()).isEqualTo("127.0.0.1");
    assertThat(mailSender.getPort()).isEqualTo(demoSmtpServer.getSmtp().getPort());

    LocalDate today = LocalDate.parse(json(send("admin", get("/api/admin/clock"))).get("today").asText());
    var posted = send("specialist", post("/api/claims", readmeClaim(today)));
    assertThat(posted.statusCode()).as(posted.body()).isIn(200, 201);
    JsonNode claim = JSON.readTree(posted.body());
    String claimId = claim.get("id").asText();
    String claimNumber = claim.get("claimNumber").asText();
    // the README's example is current: its payer paid in time and the notice's deadline lies ahead
    assertThat(deadlineStatus(claimId, "PAYER_INITIAL_PAYMENT")).isEqualTo("MET");
    assertThat(deadlineStatus(claimId, "OPEN_NEGOTIATION_INITIATION")).isEqualTo("OPEN");

    // the specialist's work, as Tasklist sends it: review, the itemized bill, the preparation
    complete(claimId, "reviewInitialPayment", Map.of("decision", "NEGOTIATE",
        "reviewNote", "Paid below the QPA: negotiate"));
    var upload = send("specialist", upload("/api/claims/" + claimId + "/documents", TestFiles.pdf(1)));
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
    complete(claimId, "prepareNegotiation", Map.of("targetAmount", 1800,
        "justificationGrounds", "[\"PATIENT_ACUITY\"]", "justification", "Critical presentation"));

    // the job executor sends it: the ledger says SENT, and the demo's server has it
    JsonNode notice = awaitSentNotice(claimId);
    assertThat(notice.get("channel").asText()).isEqualTo("EMAIL");
    assertThat(notice.get("recipient").asText()).isEqualTo("claims@acme.example");
    assertThat(demoSmtpServer.getReceivedMessagesForDomain("acme.example")).isNotEmpty();

    // the page lists it under its case: recipient, subject, date, the PDF as a link
    var page = send("specialist", get("/demo/mail"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'");
    String section = section(page.body(), claimId);
    assertThat(section).contains(claimNumber, "Acme Health Plan", "claims@acme.example",
        "Open Negotiation Notice, claim " + claimNumber, today.toString());
    Matcher link = Pattern.compile("<a href=\"(/demo/mail/[0-9a-f]+/attachments/0)\">([^<]+\\.pdf)</a>")
        .matcher(section);
    assertThat(link.find()).as("a PDF link in the case's section: %s", section).isTrue();

    // any reader of claims downloads it: a real PDF that names the claim
    var pdf = http.send(authorized("auditor", get(link.group(1))).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment").contains(link.group(2));
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (var document = Loader.loadPDF(pdf.body())) {
      assertThat(new PDFTextStripper().getText(document)).contains(claimNumber, "Acme Health Plan");
    }

    // and a person sees it in a browser, served by the service alone
    try (var browser = TasklistBrowser.open()) {
      var driver = browser.driver();
      driver.executeCdpCommand("Network.enable", Map.of());
      driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization",
          basic("specialist"))));
      try {
        driver.get("http://localhost:" + port + "/demo/mail#" + claimId);
        var caseSection = driver.findElement(By.id(claimId));
        caseSection.findElement(By.tagName("summary")).click();
        assertThat(caseSection.getText()).contains(claimNumber, "claims@acme.example", link.group(2),
            "Open Negotiation Notice, claim " + claimNumber, "free of charge");
        browser.screenshot("demo-mail.png");
      } catch (RuntimeException | AssertionError failed) {
        browser.keepEvidence("demo-mail");
        throw failed;
      }
    }
  }

  @Test
  void onlyReadersOfClaimsOpenTheMailPage() throws Exception {
    var matrix = AccessMatrix.fromReadme();
    for (String caller : AccessMatrix.CALLERS) {
      var expected = matrix.expected(AccessMatrix.DEMO_MAIL, caller);
      int status = send(DemoMatrixUsers.playing(identity, caller), get("/demo/mail")).statusCode();
      if (expected.cell().equals("✓")) {
        assertThat(status).as("demo mail page as " + caller).isEqualTo(200);
      } else {
        assertThat(status).as("demo mail page as " + caller).isEqualTo(Integer.parseInt(expected.cell()));
      }
    }
    // an attachment too, and one that does not exist is simply not there
    assertThat(send(null, get("/demo/mail/0123/attachments/0")).statusCode()).isEqualTo(401);
    assertThat(send("owner", get("/demo/mail/0123/attachments/0")).statusCode()).isEqualTo(403);
    assertThat(send("specialist", get("/demo/mail/0123/attachments/0")).statusCode()).isEqualTo(404);
    // read-only
    assertThat(send("admin", HttpRequest.newBuilder(uri("/demo/mail"))
        .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(405);
  }

  /** The README's example claim, its {@code $(date -d 'N days ago' +%F)} evaluated from {@code today}. */
  private static String readmeClaim(LocalDate today) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("README.md"));
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("/api/claims") && lines.get(i).endsWith("<<EOF")) {
        start = i + 1;
        break;
      }
    }
    assertThat(start).as("the README's claim command (curl ... /api/claims <<EOF)").isPositive();
    var body = new StringBuilder();
    for (int i = start; !lines.get(i).equals("EOF"); i++) {
      body.append(lines.get(i)).append('\n');
    }
    String claim = README_DATE.matcher(body).replaceAll(date -> today.minusDays(Long.parseLong(date.group(1)))
        .toString());
    assertThat(claim).doesNotContain("$(");
    return claim;
  }

  private JsonNode awaitSentNotice(String claimId) throws Exception {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      for (JsonNode item : json(send("specialist", get("/api/claims/" + claimId + "/correspondence")))) {
        if (item.get("kind").asText().equals("OPEN_NEGOTIATION_NOTICE")
            && item.get("deliveryStatus").asText().equals("SENT")) {
          return item;
        }
      }
      assertThat(Instant.now()).as("the notice of claim %s sent within 60 s", claimId).isBefore(giveUp);
      Thread.sleep(500);
    }
  }

  /** The page's part about one case. */
  private static String section(String page, String claimId) {
    int start = page.indexOf("<section id=\"" + claimId + "\">");
    assertThat(start).as("a section for claim %s in %s", claimId, page).isNotNegative();
    return page.substring(start, page.indexOf("</section>", start));
  }

  /** Claims and completes the case's task as the specialist, once the engine has created it. */
  private void complete(String claimId, String taskKey, Map<String, Object> values) throws Exception {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
    JsonNode tasks = json(send("specialist", get("/engine-rest/task?processInstanceBusinessKey=" + claimId
        + "&taskDefinitionKey=" + taskKey)));
    while (tasks.isEmpty() && Instant.now().isBefore(giveUp)) {
      Thread.sleep(300);
      tasks = json(send("specialist", get("/engine-rest/task?processInstanceBusinessKey=" + claimId
          + "&taskDefinitionKey=" + taskKey)));
    }
    assertThat(tasks).as("task %s of claim %s", taskKey, claimId).hasSize(1);
    String taskId = tasks.get(0).get("id").asText();
    assertThat(send("specialist", post("/engine-rest/task/" + taskId + "/claim", "{\"userId\": \"specialist\"}"))
        .statusCode()).isEqualTo(204);
    var variables = JSON.createObjectNode();
    values.forEach((name, value) -> variables.putObject(name).set("value", JSON.valueToTree(value)));
    var completed = send("specialist", post("/engine-rest/task/" + taskId + "/complete",
        JSON.createObjectNode().set("variables", variables).toString()));
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
  }

  private String deadlineStatus(String claimId, String code) throws Exception {
    for (JsonNode deadline : json(send("specialist", get("/api/claims/" + claimId + "/deadlines")))) {
      if (code.equals(deadline.get("code").asText())) {
        return deadline.get("status").asText();
      }
    }
    throw new AssertionError("claim " + claimId + " has no deadline " + code);
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(uri(path)).GET();
  }

  private HttpRequest.Builder post(String path, String json) {
    return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
  }

  private HttpRequest.Builder upload(String path, byte[] pdf) {
    String boundary = "----demo-mail-upload";
    var body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nITEMIZED_BILL\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"itemized-bill.pdf\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(pdf);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /** Demo users' passwords are their user ids. */
  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
  }

  private static HttpRequest.Builder authorized(String user, HttpRequest.Builder request) {
    return user == null ? request : request.header("Authorization", basic(user));
  }

  private HttpResponse<String> send(String user, HttpRequest.Builder request) throws Exception {
    return http.send(authorized(user, request).build(), HttpResponse.BodyHandlers.ofString());
  }
}
