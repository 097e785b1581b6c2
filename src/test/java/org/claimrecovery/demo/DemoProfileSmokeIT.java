package org.claimrecovery.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.claimrecovery.support.AccessMatrix;
import org.claimrecovery.support.DemoIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo profile on its default database (H2), over real HTTP: what a newcomer sees after
 * {@code mvn spring-boot:run}. The clock test moves time forward for good, so it runs last, and this class after
 * every other demo test (they share one service; src/test/resources/junit-platform.properties orders classes by
 * {@link Order}).
 */
@DemoIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(Integer.MAX_VALUE)
class DemoProfileSmokeIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  @AfterAll
  static void resetEngineClock() {
    // the engine clock is static: do not leave the moved time to tests of other contexts in this JVM
    ClockUtil.reset();
  }

  @Test
  @Order(1)
  void theEngineApiNeedsCredentialsAndShowsTheProcessToTheAdministrator() throws Exception {
    assertThat(send(null, get("/engine-rest/process-definition")).statusCode()).isEqualTo(401);

    var definitions = send("admin", get("/engine-rest/process-definition"));
    assertThat(definitions.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(definitions.body()).findValuesAsText("key")).contains("claim-recovery");
  }

  @Test
  @Order(2)
  void specialistsFindTheSampleClaimsReviewsWithTheirDueDates() throws Exception {
    var response = send("specialist", get("/engine-rest/task?taskDefinitionKey=reviewInitialPayment"));
    assertThat(response.statusCode()).isEqualTo(200);
    var tasks = JSON.readTree(response.body());
    // DEMO-1001, 1002, 1003, 1006 and 1009 wait for their review; 1007 and 1008 were decided by the seed
    assertThat(tasks.size()).isEqualTo(5);
    for (JsonNode task : tasks) {
      assertThat(task.get("name").asText()).isEqualTo("Review initial payment");
      assertThat(task.get("due").isNull()).as("due date of task %s", task.get("id")).isFalse();
    }
    var claimNumbers = new ArrayList<String>();
    for (JsonNode task : tasks) {
      var variable = JSON.readTree(send("specialist",
          get("/engine-rest/task/" + task.get("id").asText() + "/variables/claimNumber")).body());
      claimNumbers.add(variable.get("value").asText());
    }
    assertThat(claimNumbers).containsExactlyInAnyOrder("DEMO-1001", "DEMO-1002", "DEMO-1003", "DEMO-1006",
        "DEMO-1009");
  }

  @Test
  @Order(3)
  void theFederalIdrClaimsWaitInsideTheirWindowsWithTheirTasks() throws Exception {
    LocalDate today = LocalDate.parse(JSON.readTree(send("admin", get("/api/admin/clock")).body()).get("today").asText());

    // DEMO-1010: its initiation window is open today (a browser test may have prepared it already)
    String preparing = claimId("DEMO-1010");
    assertThat(JSON.readTree(send("specialist", get("/api/claims/" + preparing)).body()).get("stage").asText())
        .isEqualTo("FEDERAL_IDR");
    var window = deadline(preparing, "IDR_INITIATION");
    assertThat(window.get("status").asText()).isEqualTo("OPEN");
    assertThat(LocalDate.parse(window.get("dueOn").asText())).isAfterOrEqualTo(today);

    // DEMO-1011: initiated through the events API, waits for the certified IDR entity, and for nothing else
    String initiated = claimId("DEMO-1011");
    var dispute = JSON.readTree(send("specialist", get("/api/claims/" + initiated + "/dispute")).body());
    assertThat(dispute.get("status").asText()).isEqualTo("INITIATED");
    assertThat(dispute.get("disputeNumber").asText()).startsWith("DISP-DEMO-");
    assertThat(deadline(initiated, "IDR_INITIATION").get("status").asText()).isEqualTo("MET");
    assertThat(LocalDate.parse(deadline(initiated, "IDRE_SELECTION").get("dueOn").asText())).isAfterOrEqualTo(today);
    assertThat(openTasks(initiated)).containsExactly("recordEntitySelection");

    // DEMO-1012: its window closed before the demo started; supervisors review it, nobody else has work on it
    String closed = claimId("DEMO-1012");
    assertThat(LocalDate.parse(deadline(closed, "IDR_INITIATION").get("dueOn").asText())).isBefore(today);
    assertThat(openTasks(closed)).containsExactly("reviewIneligibleDispute");
    var review = JSON.readTree(send("supervisor", get("/engine-rest/task?taskDefinitionKey=reviewIneligibleDispute"
        + "&processInstanceBusinessKey=" + closed)).body());
    assertThat(review).hasSize(1);
    var summary = JSON.readTree(send("supervisor", get("/engine-rest/task/" + review.get(0).get("id").asText()
        + "/variables/idrEligibilitySummary")).body());
    assertThat(summary.get("value").asText()).contains("the window closed on");
  }

  @Test
  @Order(4)
  void theDemoClockMovesForwardOnlyForAdministratorsAndTimersFollowIt() throws Exception {
    var clock = JSON.readTree(send("admin", get("/api/admin/clock")).body());
    LocalDate today = LocalDate.parse(clock.get("today").asText());
    LocalDate in60Days = today.plusDays(60);

    // the payer of DEMO-1004 has not paid; its 30-day window ends well within the 60 days
    String claimId = claimId("DEMO-1004");
    LocalDate payerDeadline = payerDeadline(claimId);
    assertThat(payerDeadline).isAfter(today).isBefore(in60Days);
    assertThat(missedPaymentTasks("DEMO-1004")).isEmpty();

    // the README's access matrix row for the demo clock, for everyone but the administrator (who moves it below)
    var matrix = AccessMatrix.fromReadme();
    for (String caller : AccessMatrix.CALLERS) {
      var expected = matrix.expected(AccessMatrix.DEMO_CLOCK, caller);
      if (!caller.equals("admin")) {
        var response = send(DemoMatrixUsers.playing(identity, caller), putClock(in60Days));
        assertThat(response.statusCode()).as("demo clock as " + caller).isEqualTo(Integer.parseInt(expected.cell()));
      }
    }
    assertThat(matrix.expected(AccessMatrix.DEMO_CLOCK, "admin").cell()).isEqualTo("✓");

    var moved = send("admin", putClock(in60Days));
    assertThat(moved.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(moved.body()).get("today").asText()).isEqualTo(in60Days.toString());

    assertThat(send("admin", putClock(in60Days.minusDays(1))).statusCode()).isEqualTo(409);

    // the job executor is on in the demo: it fires the overdue timer without any help
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
    List<JsonNode> missed = missedPaymentTasks("DEMO-1004");
    while (missed.isEmpty() && Instant.now().isBefore(giveUp)) {
      Thread.sleep(500);
      missed = missedPaymentTasks("DEMO-1004");
    }
    assertThat(missed).as("handleMissedInitialPayment task for DEMO-1004 within 30 s").hasSize(1);
    assertThat(missed.get(0).get("name").asText()).isEqualTo("Handle missed initial payment deadline");
  }

  private List<JsonNode> missedPaymentTasks(String claimNumber) throws Exception {
    var response = send("admin", get("/engine-rest/task?taskDefinitionKey=handleMissedInitialPayment"
        + "&processVariables=" + URLEncoder.encode("claimNumber_eq_" + claimNumber, StandardCharsets.UTF_8)));
    assertThat(response.statusCode()).isEqualTo(200);
    return StreamSupport.stream(JSON.readTree(response.body()).spliterator(), false).toList();
  }

  private String claimId(String claimNumber) throws Exception {
    var page = JSON.readTree(send("admin", get("/api/claims?size=100")).body());
    for (JsonNode claim : page.get("claims")) {
      if (claimNumber.equals(claim.path("claimNumber").asText())) {
        return claim.get("id").asText();
      }
    }
    throw new AssertionError(claimNumber + " not among the demo claims: " + page);
  }

  private JsonNode deadline(String claimId, String code) throws Exception {
    for (JsonNode deadline : JSON.readTree(send("admin", get("/api/claims/" + claimId + "/deadlines")).body())) {
      if (code.equals(deadline.get("code").asText())) {
        return deadline;
      }
    }
    throw new AssertionError("claim " + claimId + " has no deadline " + code);
  }

  /** The keys of the open tasks of the case and every process it runs under the claim's id (stages, letters). */
  private List<String> openTasks(String claimId) throws Exception {
    var tasks = JSON.readTree(send("admin", get("/engine-rest/task?processInstanceBusinessKey=" + claimId)).body());
    return StreamSupport.stream(tasks.spliterator(), false).map(task -> task.get("taskDefinitionKey").asText())
        .toList();
  }

  private LocalDate payerDeadline(String claimId) throws Exception {
    var deadlines = JSON.readTree(send("admin", get("/api/claims/" + claimId + "/deadlines")).body());
    for (JsonNode deadline : deadlines) {
      if ("PAYER_INITIAL_PAYMENT".equals(deadline.get("code").asText())) {
        return LocalDate.parse(deadline.get("dueOn").asText());
      }
    }
    throw new AssertionError("no PAYER_INITIAL_PAYMENT deadline: " + deadlines);
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(uri(path)).GET();
  }

  private HttpRequest.Builder putClock(LocalDate date) {
    return HttpRequest.newBuilder(uri("/api/admin/clock")).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"date\": \"" + date + "\"}"));
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** Demo users' passwords are their user ids. */
  private HttpResponse<String> send(String user, HttpRequest.Builder request) throws Exception {
    if (user != null) {
      String credentials = user + ":" + user;
      request.header("Authorization",
          "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
