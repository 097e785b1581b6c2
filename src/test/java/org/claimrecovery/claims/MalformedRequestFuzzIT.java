package org.claimrecovery.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.TestUsers.INTEGRATION;
import static org.claimrecovery.support.TestUsers.SPECIALIST;
import static org.claimrecovery.support.TestUsers.password;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.claimrecovery.documents.TestFiles;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.Claims;
import org.claimrecovery.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sends generated malformed requests to every product endpoint: valid bodies with fields removed, retyped or
 * filled with hostile values (control characters, huge numbers, impossible dates, deep nesting), truncated
 * and random bodies, wrong content types and methods, odd paths and parameters, broken multipart uploads.
 * None may answer 500 or above, every refusal is a problem document, and what was accepted is all that was
 * stored. The seed is printed; {@code -Dfuzz.seed=…} replays a run.
 */
@IntegrationTest
class MalformedRequestFuzzIT {

  private static final int REQUESTS = 1200;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String[] HOSTILE_TEXTS = {"", " ", "\u0000", "a\u0007b", "\r\n", "<img src=x onerror=alert(1)>",
      "'; DROP TABLE claim; --", "../../etc/passwd", "%00", "${''.getClass()}", "\uD83D\uDE00", "\uD800", "x".repeat(5000),
      "null", "NaN", "-1", "1e309", "0x10", "ÄÖÜ", "\u202Eexe.pdf", "{\"a\":1}"};
  private static final Object[] HOSTILE_NUMBERS = {-1, 0, 1e308, -1e308, Long.MAX_VALUE, 0.001, new java.math.BigDecimal("1E-400"), new java.math.BigDecimal("1E+400"),
      "99999999999999999999999999.99", 12.345, Double.MIN_VALUE};
  private static final String[] HOSTILE_DATES = {"2026-02-30", "0000-01-01", "+999999999-12-31", "-0001-01-01",
      "2026-13-01", "2026-6-1", "20260601", "2026-06-01T00:00:00Z", "tomorrow", "9999-12-31", "1900-01-01"};

  @Autowired Api api;
  @Autowired JdbcClient jdbc;

  private final HttpClient http = HttpClient.newHttpClient();
  private Random random;
  private String claimId;
  private String unpaidClaimId;
  private String documentId;

  @BeforeEach
  void casesToAimAt() {
    ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf("2026-06-02 10:00:00"));
    long seed = Long.getLong("fuzz.seed", System.nanoTime());
    System.out.println("MalformedRequestFuzzIT seed " + seed);
    random = new Random(seed);
    claimId = api.post(INTEGRATION, "/api/claims", Claims.nsaClaim("FUZZ-BASE-" + seed, "2026-06-01")).body()
        .get("id").asText();
    unpaidClaimId = api.post(INTEGRATION, "/api/claims", Claims.unpaidClaim("FUZZ-UNPAID-" + seed, "2026-05-01"))
        .body().get("id").asText();
    documentId = api.upload(INTEGRATION, "/api/claims/" + claimId + "/documents", "file", "bill.pdf",
        TestFiles.pdf(1), Map.of("type", "ITEMIZED_BILL")).body().get("id").asText();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  record Sent(String method, String path, int status, String contentType, String body) {}

  @Test
  void noMalformedRequestGetsAServerErrorAndRefusalsAreProblems() throws Exception {
    long claimsBefore = jdbc.sql("SELECT COUNT(*) FROM claim").query(Long.class).single();
    List<Supplier<Sent>> generators = List.of(this::mutatedClaim, this::mutatedClaim, this::mutatedClaim,
        this::corruptedBody, this::mutatedPaymentDetermination, this::mutatedPayerResponse, this::mutatedPayment,
        this::mutatedEvent, this::brokenUpload, this::oddRead, this::wrongMethod);

    var byStatus = new TreeMap<Integer, Integer>();
    var serverErrors = new ArrayList<Sent>();
    var notProblems = new ArrayList<Sent>();
    int claimsCreated = 0;
    for (int i = 0; i < REQUESTS; i++) {
      Sent sent = generators.get(random.nextInt(generators.size())).get();
      byStatus.merge(sent.status(), 1, Integer::sum);
      if (sent.status() >= 500) {
        serverErrors.add(sent);
      } else if (sent.status() >= 400 && !sent.contentType().startsWith("application/problem+json")) {
        notProblems.add(sent);
      }
      if (sent.status() == 201 && sent.method().equals("POST") && sent.path().equals("/api/claims")) {
        claimsCreated++;
      }
    }
    System.out.println("MalformedRequestFuzzIT: " + REQUESTS + " requests, by status " + byStatus);

    assertThat(serverErrors).as("answers of 500 or above").isEmpty();
    assertThat(notProblems).as("refusals that are not problem documents").isEmpty();
    long claimsAfter = jdbc.sql("SELECT COUNT(*) FROM claim").query(Long.class).single();
    assertThat(claimsAfter - claimsBefore).as("claims stored = claims answered 201").isEqualTo(claimsCreated);
    assertThat(api.post(INTEGRATION, "/api/claims", Claims.nsaClaim("FUZZ-AFTER-" + random.nextLong(),
        "2026-06-01")).status()).as("a valid claim after the storm").isEqualTo(201);
  }

  // ---- generators ----

  private Sent mutatedClaim() {
    ObjectNode claim = (ObjectNode) parse(Claims.nsaClaim("FUZZ-" + random.nextInt(1_000_000), "2026-06-01"));
    for (int mutations = 1 + random.nextInt(3); mutations > 0; mutations--) {
      mutate(claim);
    }
    return send(SPECIALIST, "POST", "/api/claims", "application/json", claim.toString().getBytes(StandardCharsets.UTF_8));
  }

  private Sent mutatedPaymentDetermination() {
    ObjectNode body = (ObjectNode) parse(random.nextBoolean()
        ? "{\"initialPayment\": {\"receivedOn\": \"2026-05-20\", \"amount\": 500.00}}"
        : "{\"denial\": {\"receivedOn\": \"2026-05-20\", \"reasonCode\": \"50\", \"description\": \"no\"},"
            + " \"lines\": [{\"paidAmount\": 0, \"qpa\": 900}]}");
    mutate(body);
    String target = random.nextInt(4) == 0 ? claimId : unpaidClaimId;
    return send(SPECIALIST, "POST", "/api/claims/" + target + "/initial-payment", "application/json",
        body.toString().getBytes(StandardCharsets.UTF_8));
  }

  private Sent mutatedPayerResponse() {
    ObjectNode body = (ObjectNode) parse("{\"responseType\": \"COUNTEROFFER\", \"amount\": 1200.00,"
        + " \"receivedOn\": \"2026-06-02\", \"note\": \"by phone\", \"amountsByClaim\": {\"" + claimId + "\": 1200}}");
    mutate(body);
    return send(SPECIALIST, "POST", "/api/claims/" + claimId + "/payer-responses", "application/json",
        body.toString().getBytes(StandardCharsets.UTF_8));
  }

  private Sent mutatedPayment() {
    ObjectNode body = (ObjectNode) parse("{\"receivedOn\": \"2026-06-02\", \"amount\": 1200.00}");
    mutate(body);
    return send(SPECIALIST, "POST", "/api/claims/" + claimId + "/payments", "application/json",
        body.toString().getBytes(StandardCharsets.UTF_8));
  }

  private Sent mutatedEvent() {
    ObjectNode body = (ObjectNode) parse(pick(
        "{\"type\": \"IDR_INITIATED\", \"disputeNumber\": \"DISP-1\", \"on\": \"2026-06-02\"}",
        "{\"type\": \"IDR_DETERMINATION\", \"prevailingParty\": \"PROVIDER\", \"amount\": 900.00,"
            + " \"on\": \"2026-06-02\"}",
        "{\"type\": \"IDR_OFFERS_SUBMITTED\", \"offerAmount\": 900.00, \"feesPaid\": 15.00,"
            + " \"on\": \"2026-06-02\"}"));
    mutate(body);
    return send(SPECIALIST, "POST", "/api/claims/" + claimId + "/events", "application/json",
        body.toString().getBytes(StandardCharsets.UTF_8));
  }

  private Sent corruptedBody() {
    String valid = Claims.nsaClaim("FUZZ-RAW-" + random.nextInt(1_000_000), "2026-06-01");
    String path = pick("/api/claims", "/api/claims/" + claimId + "/initial-payment",
        "/api/claims/" + claimId + "/payer-responses", "/api/claims/" + claimId + "/payments",
        "/api/claims/" + claimId + "/events");
    byte[] body = switch (random.nextInt(8)) {
      case 0 -> valid.substring(0, random.nextInt(valid.length())).getBytes(StandardCharsets.UTF_8);
      case 1 -> randomBytes(random.nextInt(2000));
      case 2 -> new byte[0];
      case 3 -> pick("null", "[]", "\"claim\"", "42", "true", "{", "}", "{\"lines\": [null]}").getBytes(StandardCharsets.UTF_8);
      case 4 -> ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8);
      case 5 -> ("{\"a\":".repeat(3000) + "1" + "}".repeat(3000)).getBytes(StandardCharsets.UTF_8);
      case 6 -> valid.replace("\"claimNumber\"", "\"claimNumber\": 1, \"claimNumber\"").getBytes(StandardCharsets.UTF_8);
      default -> valid.getBytes(StandardCharsets.UTF_16);
    };
    String contentType = random.nextInt(4) == 0
        ? pick("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data", "")
        : "application/json";
    return send(SPECIALIST, "POST", path, contentType, body);
  }

  private Sent brokenUpload() {
    String boundary = "----fuzz" + random.nextInt(1000);
    String fileName = random.nextBoolean() ? hostileText() : pick("bill.pdf", "a/b/c.pdf", "C:\\fakepath\\x.pdf",
        "..\\..\\x.pdf", "bill.pdf.exe", "");
    var body = new ByteArrayOutputStream();
    if (random.nextInt(5) != 0) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n"
          + pick("ITEMIZED_BILL", "OTHER", "", hostileText(), "itemized_bill") + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    if (random.nextInt(5) != 0) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + pick("file", "files", "document")
          + "\"; filename=\"" + fileName.replace("\"", "") + "\"\r\nContent-Type: "
          + pick("application/pdf", "application/octet-stream", "text/html", "") + "\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(switch (random.nextInt(4)) {
        case 0 -> TestFiles.pdf(1);
        case 1 -> TestFiles.truncatedPdf();
        case 2 -> TestFiles.windowsExecutable();
        default -> randomBytes(random.nextInt(4000));
      });
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    if (random.nextInt(6) != 0) {
      body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    }
    String contentType = random.nextInt(6) == 0 ? "multipart/form-data" : "multipart/form-data; boundary=" + boundary;
    String target = random.nextInt(6) == 0 ? pick("no-such-claim", "%00", "..") : claimId;
    return send(SPECIALIST, "POST", "/api/claims/" + target + "/documents", contentType, body.toByteArray());
  }

  private Sent oddRead() {
    String path = switch (random.nextInt(9)) {
      case 0 -> "/api/claims?page=" + pick("-1", "abc", "99999999999999999999", "", "1.5") + "&size="
          + pick("0", "201", "-5", "x", "100000000000");
      case 1 -> "/api/claims?status=" + pick("OPEN", "open", "%00", "'", "CLOSED%27--") + "&stage=" + pick("X", "", "%0A");
      case 2 -> "/api/claims/" + pick("no-such", "%2e%2e%2f", "%00", "x".repeat(3000), "a;b=c", "%E2%80%AE", "%25ZZ");
      case 3 -> "/api/claims/" + pick(claimId, "nope") + "/" + pick("deadlines", "negotiation", "correspondence",
          "documents", "documents/" + pick(documentId, "nope", "%00") + "/content", "correspondence/nope/document");
      case 4 -> "/api/claims/" + claimId + "/documents/" + documentId + pick("", "/", "/content/", "//content");
      case 5 -> "/api/" + pick("", "claims/", "admin/clock", "unknown", "claims/" + claimId + "/unknown");
      case 6 -> "/api/claims?" + "payerId=" + "x".repeat(random.nextInt(6000));
      case 7 -> "/api/claims/" + claimId + "?" + pick("a=%25", "%25=a", "&&&", "a%5B%5D=1");
      default -> "/api/claims/" + unpaidClaimId + "/deadlines";
    };
    return send(pick(SPECIALIST, INTEGRATION, "auditor"), "GET", path, null, null);
  }

  private Sent wrongMethod() {
    String path = pick("/api/claims", "/api/claims/" + claimId, "/api/claims/" + claimId + "/documents",
        "/api/claims/" + claimId + "/deadlines", "/api/claims/" + claimId + "/payments");
    return send(SPECIALIST, pick("PUT", "DELETE", "PATCH", "POST"), path, "application/json",
        "{}".getBytes(StandardCharsets.UTF_8));
  }

  // ---- mutations ----

  private void mutate(ObjectNode root) {
    List<ObjectNode> objects = new ArrayList<>();
    collectObjects(root, objects);
    ObjectNode target = objects.get(random.nextInt(objects.size()));
    List<String> fields = new ArrayList<>();
    target.fieldNames().forEachRemaining(fields::add);
    String field = fields.isEmpty() ? "extra" : fields.get(random.nextInt(fields.size()));
    switch (random.nextInt(9)) {
      case 0 -> target.remove(field);
      case 1 -> target.put(field, hostileText());
      case 2 -> target.putPOJO(field, HOSTILE_NUMBERS[random.nextInt(HOSTILE_NUMBERS.length)]);
      case 3 -> target.put(field, HOSTILE_DATES[random.nextInt(HOSTILE_DATES.length)]);
      case 4 -> target.putNull(field);
      case 5 -> target.set(field, random.nextBoolean() ? NODES.arrayNode().add(1) : NODES.objectNode().put("x", 1));
      case 6 -> target.put(field, random.nextBoolean());
      case 7 -> target.put(pick("unknownField", "claimId", "id", "processInstanceId", "createdBy"), hostileText());
      default -> target.set("lines", manyLines(pick(0, 1, 500, 2000)));
    }
  }

  private ArrayNode manyLines(int count) {
    ArrayNode lines = NODES.arrayNode();
    for (int i = 0; i < count; i++) {
      lines.addObject().put("serviceCode", "99285").put("billedAmount", 100 + i).put("paidAmount", 50);
    }
    return lines;
  }

  private static void collectObjects(JsonNode node, List<ObjectNode> objects) {
    if (node instanceof ObjectNode object) {
      objects.add(object);
    }
    node.forEach(child -> collectObjects(child, objects));
  }

  private String hostileText() {
    return HOSTILE_TEXTS[random.nextInt(HOSTILE_TEXTS.length)];
  }

  private byte[] randomBytes(int size) {
    byte[] bytes = new byte[size];
    random.nextBytes(bytes);
    return bytes;
  }

  @SafeVarargs
  private <T> T pick(T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception malformed) {
      throw new IllegalStateException(malformed);
    }
  }

  private Sent send(String user, String method, String path, String contentType, byte[] body) {
    try {
      var request = HttpRequest.newBuilder(URI.create("http://localhost:" + api.port() + path))
          .header("Authorization", "Basic " + Base64.getEncoder()
              .encodeToString((user + ":" + password(user)).getBytes(StandardCharsets.UTF_8)))
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
      if (contentType != null && !contentType.isEmpty()) {
        request.header("Content-Type", contentType);
      }
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Sent(method, path, response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""), response.body());
    } catch (Exception failed) {
      throw new IllegalStateException(method + " " + path + " failed", failed);
    }
  }
}
