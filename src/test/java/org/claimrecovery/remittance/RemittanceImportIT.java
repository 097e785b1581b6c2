package org.claimrecovery.remittance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.CaseTime.moveClockTo;
import static org.claimrecovery.support.TestUsers.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.CaseApi;
import org.claimrecovery.support.Claims;
import org.claimrecovery.support.IntegrationTest;
import org.claimrecovery.support.Remittances;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Remittances through POST /api/remittances on PostgreSQL: what each claim does, once, and what is refused. */
@IntegrationTest
class RemittanceImportIT {

  static final LocalDate JUNE_5 = LocalDate.of(2026, 6, 5);

  @Autowired Api api;
  @Autowired CaseApi cases;
  @Autowired RuntimeService runtime;
  @Autowired RemittanceBatchImport batch;

  @BeforeEach
  void afterTheRemittance() {
    moveClockTo(LocalDateTime.of(2026, 6, 10, 10, 0));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theNsaFixtureOpensCasesForTheUnderpaidTheDeniedAndTheUnmeasuredAndSkipsTheRest() {
    var imported = upload(SPECIALIST, "nsa-emergency-underpaid.835", RemittanceReaderTest.fixture(
        "nsa-emergency-underpaid.835"));
    assertThat(imported.status()).as(imported.raw().body()).isEqualTo(201);
    var report = imported.body().get("report");
    assertThat(report.get("status").asText()).isEqualTo("DONE");
    assertThat(report.get("claimsRead").asInt()).isEqualTo(5);
    assertThat(report.get("casesOpened").asInt()).isEqualTo(3);
    assertThat(report.get("paymentsCorrelated").asInt()).isEqualTo(0);
    assertThat(report.get("skipped").asInt()).isEqualTo(2);
    assertThat(report.get("importedBy").asText()).isEqualTo(SPECIALIST);

    var lines = imported.body().get("claims");
    assertThat(outcomes(lines)).containsExactly("NSA-1001 CASE_OPENED", "NSA-1002 CASE_OPENED",
        "NSA-1003 SKIPPED", "INN-2001 SKIPPED", "NSA-1004 CASE_OPENED");
    assertThat(lines.get(0).get("reason").asText()).isEqualTo("underpaid out of network: 99285 paid $400.00, "
        + "benchmark $1,150.00 (test benchmark, emergency visit level 5 in Florida)");
    assertThat(lines.get(0).get("segmentNumber").asInt()).isEqualTo(16);
    assertThat(lines.get(0).get("traceNumber").asText()).isEqualTo("EFT-NSA-0605");
    assertThat(lines.get(0).get("nsaRemarkCodes")).extracting(JsonNode::asText).containsExactly("N864");
    assertThat(lines.get(1).get("reason").asText()).isEqualTo("denied (CLP02 4) out of network");
    assertThat(lines.get(2).get("reason").asText()).startsWith("paid in full");
    assertThat(lines.get(3).get("reason").asText()).startsWith("not shown as out of network");
    assertThat(lines.get(4).get("reason").asText()).startsWith("paid out of network with no QPA or benchmark for A0431");

    // the underpaid emergency visit is an NSA case whose statutory windows count from the remittance's payment date
    String underpaid = lines.get(0).get("claimId").asText();
    var claim = cases.claim(underpaid);
    assertThat(claim.get("payer").get("id").asText()).isEqualTo("sunshine-health");
    assertThat(claim.get("serviceCategory").asText()).isEqualTo("EMERGENCY");
    assertThat(claim.get("nsaEligible").asBoolean()).isTrue();
    assertThat(claim.get("pathway").asText()).isEqualTo("FEDERAL_IDR");
    assertThat(claim.get("initialPayment").get("receivedOn").asText()).isEqualTo("2026-06-05");
    assertThat(claim.get("submittedOn").asText()).isEqualTo("2026-05-15");
    // day 1 = Friday 2026-06-05; 30 business days skip Juneteenth and the observed July 4th
    var initiation = cases.deadline(underpaid, "OPEN_NEGOTIATION_INITIATION");
    assertThat(initiation.get("dueOn").asText()).isEqualTo("2026-07-20");
    assertThat(initiation.get("status").asText()).isEqualTo("OPEN");
    assertThat(runtime.getActiveActivityIds(claim.get("processInstanceId").asText()))
        .containsExactly("reviewInitialPayment");

    var denied = cases.claim(lines.get(1).get("claimId").asText());
    assertThat(denied.get("denial").get("receivedOn").asText()).isEqualTo("2026-06-05");
    assertThat(denied.get("denial").get("groupCode").asText() + "-" + denied.get("denial").get("reasonCode").asText())
        .isEqualTo("CO-50");
    assertThat(cases.claim(lines.get(4).get("claimId").asText()).get("serviceCategory").asText())
        .isEqualTo("AIR_AMBULANCE");

    // kept and listed; auditors read it
    String id = report.get("id").asText();
    assertThat(api.get(AUDITOR, "/api/remittances/" + id).body().get("claims")).hasSize(5);
    var listed = api.get(AUDITOR, "/api/remittances?size=200").body().get("remittances");
    assertThat(StreamSupport.stream(listed.spliterator(), false).map(node -> node.get("id").asText()))
        .contains(id);

    // the same file again changes nothing: its first report answers
    long claimsBefore = sunshineClaims();
    var again = upload(INTEGRATION, "copy-of-nsa.835", RemittanceReaderTest.fixture("nsa-emergency-underpaid.835"));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body().get("report").get("id").asText()).isEqualTo(id);
    assertThat(again.body().get("report").get("importedBy").asText()).isEqualTo(SPECIALIST);
    assertThat(sunshineClaims()).isEqualTo(claimsBefore);
  }

  @Test
  void theSamePaymentInAnotherFileChangesNothingAndSaysSo() {
    List<String> claims = List.of(underpaidClaim("REM-TWICE-1"), underpaidClaim("REM-TWICE-2"));
    var first = upload(INTEGRATION, "first.835", Remittances.file(201, "SUNSHINE01", "TRACE-TWICE", JUNE_5, claims));
    assertThat(outcomes(first.body().get("claims"))).containsExactly("REM-TWICE-1 CASE_OPENED",
        "REM-TWICE-2 CASE_OPENED");
    long claimsBefore = sunshineClaims();

    // another interchange (its own control number) carrying the same claim payments
    var second = upload(INTEGRATION, "second.835", Remittances.file(202, "SUNSHINE01", "TRACE-TWICE", JUNE_5, claims));
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.body().get("report").get("casesOpened").asInt()).isZero();
    assertThat(outcomes(second.body().get("claims"))).containsExactly("REM-TWICE-1 ALREADY_IMPORTED",
        "REM-TWICE-2 ALREADY_IMPORTED");
    assertThat(sunshineClaims()).isEqualTo(claimsBefore);
  }

  @Test
  void twoImportsAtOnceOfTheSamePaymentsOpenEachCaseOnce() throws Exception {
    List<String> claims = IntStream.rangeClosed(1, 12).mapToObj(i -> underpaidClaim("REM-RACE-" + i)).toList();
    String one = Remittances.file(301, "SUNSHINE01", "TRACE-RACE", JUNE_5, claims);
    String other = Remittances.file(302, "SUNSHINE01", "TRACE-RACE", JUNE_5, claims);
    long claimsBefore = sunshineClaims();
    var pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Api.Response>> uploads = List.of(() -> upload(INTEGRATION, "one.835", one),
          () -> upload(SPECIALIST, "other.835", other), () -> upload(SUPERVISOR, "one-again.835", one));
      var responses = new ArrayList<Api.Response>();
      for (var future : pool.invokeAll(uploads)) {
        responses.add(future.get());
      }
      assertThat(responses).extracting(Api.Response::status).containsExactlyInAnyOrder(201, 201, 200);
      int opened = 0;
      for (var response : responses.subList(0, 2)) {
        var report = api.get(AUDITOR, "/api/remittances/" + response.body().get("report").get("id").asText()).body();
        opened += report.get("report").get("casesOpened").asInt();
      }
      assertThat(opened).isEqualTo(12);
      assertThat(sunshineClaims()).isEqualTo(claimsBefore + 12);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aTruncatedFileAndABrokenClpAreRefusedWithTheirPositionAndNothingIsStored() {
    long remittancesBefore = api.get(AUDITOR, "/api/remittances").body().get("total").asLong();
    String good = Remittances.file(401, "SUNSHINE01", "TRACE-BAD", JUNE_5,
        List.of(underpaidClaim("REM-BAD-1"), underpaidClaim("REM-BAD-2")));

    var truncated = upload(INTEGRATION, "truncated.835", good.substring(0, good.indexOf("CLP*REM-BAD-2")));
    assertThat(truncated.status()).isEqualTo(400);
    assertThat(truncated.header("Content-Type")).startsWith("application/problem+json");
    var cutOff = truncated.body().get("errors").get(0);
    assertThat(cutOff.get("segment").asInt()).isEqualTo(20);
    assertThat(cutOff.get("segmentId").asText()).isEqualTo("LQ");
    assertThat(cutOff.get("problem").asText()).contains("truncated");

    // the second claim's status is no CLP02 code: the first claim, valid, is not imported either
    var broken = upload(INTEGRATION, "broken.835", good.replace("CLP*REM-BAD-2*1*", "CLP*REM-BAD-2*X*"));
    assertThat(broken.status()).isEqualTo(422);
    assertThat(broken.body().get("detail").asText()).contains("segment 21 (CLP02): invalid code value ('X')");
    var error = broken.body().get("errors").get(0);
    assertThat(error.get("segment").asInt()).isEqualTo(21);
    assertThat(error.get("segmentId").asText()).isEqualTo("CLP");
    assertThat(error.get("element").asInt()).isEqualTo(2);

    assertThat(api.get(AUDITOR, "/api/remittances").body().get("total").asLong()).isEqualTo(remittancesBefore);
    assertThat(api.get(AUDITOR, "/api/claims?payerId=sunshine-health&size=200").body().get("claims").findValuesAsText(
        "claimNumber")).doesNotContain("REM-BAD-1", "REM-BAD-2");
    // the valid file imports afterwards: nothing of the refused ones stood in its way
    assertThat(outcomes(upload(INTEGRATION, "good.835", good).body().get("claims")))
        .containsExactly("REM-BAD-1 CASE_OPENED", "REM-BAD-2 CASE_OPENED");
  }

  @Test
  void aCaseWaitingForThePayerGetsItsInitialPaymentFromTheRemittance() {
    var posted = api.post(INTEGRATION, "/api/claims", Claims.unpaidClaim("REM-WAIT-1", "2026-05-20")
        .replace("\"id\": \"acme\"", "\"id\": \"acme\""));
    assertThat(posted.status()).as(posted.raw().body()).isEqualTo(201);
    String claimId = posted.body().get("id").asText();

    var imported = upload(INTEGRATION, "acme-initial.835", Remittances.file(501, "ACMEPAYER", "TRACE-ACME-1", JUNE_5,
        List.of(Remittances.claim("REM-WAIT-1", "1", "1650.00", "700.00", "99284", LocalDate.of(2026, 5, 20), ""))));
    var line = imported.body().get("claims").get(0);
    assertThat(line.get("outcome").asText()).as(line.toString()).isEqualTo("INITIAL_PAYMENT_RECORDED");
    assertThat(line.get("claimId").asText()).isEqualTo(claimId);
    assertThat(imported.body().get("report").get("paymentsCorrelated").asInt()).isEqualTo(1);

    var claim = cases.claim(claimId);
    assertThat(claim.get("initialPayment").get("receivedOn").asText()).isEqualTo("2026-06-05");
    assertThat(claim.get("initialPayment").get("amount").decimalValue()).isEqualByComparingTo("700.00");
    assertThat(runtime.getActiveActivityIds(claim.get("processInstanceId").asText()))
        .containsExactly("reviewInitialPayment");
  }

  @Test
  void auditorsAndOutsidersMayNotImport() {
    String file = Remittances.file(601, "SUNSHINE01", "TRACE-AUDIT", JUNE_5, List.of(underpaidClaim("REM-AUDIT-1")));
    assertThat(upload(AUDITOR, "audit.835", file).status()).isEqualTo(403);
    assertThat(upload(OUTSIDER, "audit.835", file).status()).isEqualTo(403);
    assertThat(api.get(OUTSIDER, "/api/remittances").status()).isEqualTo(403);
    assertThat(api.get(AUDITOR, "/api/claims?payerId=sunshine-health&size=200").body().get("claims")
        .findValuesAsText("claimNumber")).doesNotContain("REM-AUDIT-1");
  }

  @Test
  void filesOnDiskImportAsTheApiImportsThemAndARefusedOneIsNamed(@TempDir Path folder) throws Exception {
    Path good = Files.writeString(folder.resolve("a-good.835"), Remittances.file(801, "SUNSHINE01", "TRACE-DISK",
        JUNE_5, List.of(underpaidClaim("REM-DISK-1"))));
    Files.writeString(folder.resolve("b-broken.835"), Remittances.file(802, "SUNSHINE01", "TRACE-DISK-2", JUNE_5,
        List.of(underpaidClaim("REM-DISK-2"))).replace("CLP*REM-DISK-2*1*", "CLP*REM-DISK-2*X*"));
    var printed = new ByteArrayOutputStream();

    int exitCode = batch.importAll(List.of(folder), "remittance-import", new PrintStream(printed, true,
        StandardCharsets.UTF_8));

    assertThat(exitCode).isEqualTo(1);
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains(
        good + ": imported as remittance ", ": 1 claims, 1 cases opened, 0 payments correlated, 0 skipped",
        "b-broken.835: refused, nothing imported", "segment 13 (CLP02): invalid code value ('X')");
    var opened = api.get(AUDITOR, "/api/claims?payerId=sunshine-health&size=200").body().get("claims");
    assertThat(opened.findValuesAsText("claimNumber")).contains("REM-DISK-1").doesNotContain("REM-DISK-2");
    assertThat(StreamSupport.stream(opened.spliterator(), false)
        .filter(claim -> claim.get("claimNumber").asText().equals("REM-DISK-1")).findFirst().orElseThrow()
        .get("createdBy").asText()).isEqualTo("remittance-import");

    // the good file alone again: imported before, nothing changes, success
    printed.reset();
    assertThat(batch.importAll(List.of(good), "remittance-import", new PrintStream(printed, true,
        StandardCharsets.UTF_8))).isZero();
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains(": imported before as remittance ");
  }

  @Test
  void aRequestWithoutA835OrForAReportThatDoesNotExistIsAProblem() {
    var noFile = api.upload(INTEGRATION, "/api/remittances", "other", "x.835", "ISA".getBytes(StandardCharsets.US_ASCII),
        java.util.Map.of());
    assertThat(noFile.status()).isEqualTo(400);
    assertThat(noFile.body().get("errors").get(0).get("field").asText()).isEqualTo("file");
    var json = api.post(INTEGRATION, "/api/remittances", "{\"file\": \"ISA*00\"}");
    assertThat(json.status()).isEqualTo(415);
    assertThat(json.header("Content-Type")).startsWith("application/problem+json");
    var pdf = upload(INTEGRATION, "bill.pdf", "%PDF-1.7 not an interchange");
    assertThat(pdf.status()).isEqualTo(400);
    assertThat(pdf.body().get("errors").get(0).get("problem").asText())
        .isEqualTo("the file does not begin with an X12 interchange header (ISA)");
    assertThat(api.get(AUDITOR, "/api/remittances/no-such-report").status()).isEqualTo(404);
    assertThat(api.get(AUDITOR, "/api/remittances?page=-1").status()).isEqualTo(400);
    assertThat(api.get(AUDITOR, "/api/remittances?size=0").status()).isEqualTo(400);
  }

  static String underpaidClaim(String number) {
    return Remittances.claim(number, "1", "2400.00", "400.00", "99285", LocalDate.of(2026, 5, 12),
        "CAS*CO*45*2000.00~\nLQ*HE*N864~\n");
  }

  private Api.Response upload(String user, String fileName, String content) {
    return api.upload(user, "/api/remittances", "file", fileName, content.getBytes(StandardCharsets.ISO_8859_1),
        java.util.Map.of());
  }

  private long sunshineClaims() {
    return api.get(AUDITOR, "/api/claims?payerId=sunshine-health&size=1").body().get("total").asLong();
  }

  private static List<String> outcomes(JsonNode lines) {
    return StreamSupport.stream(lines.spliterator(), false)
        .map(line -> line.get("claimNumber").asText() + " " + line.get("outcome").asText()).toList();
  }
}
