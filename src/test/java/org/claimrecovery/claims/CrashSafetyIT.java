package org.claimrecovery.claims;

import static java.util.concurrent.TimeUnit.MINUTES;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.claimrecovery.ClaimRecoveryApplication;
import org.claimrecovery.support.Claims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A claim answered 201 is on disk, even when the service dies the hardest way right after. The demo runs as
 * {@code mvn spring-boot:run} starts it, on the shipped default database URL, in a JVM of its own that is
 * killed with SIGKILL while four clients post claims; the database file is then opened as it was left.
 */
class CrashSafetyIT {

  private static final int CLIENTS = 4;
  /** Several seconds of load: H2's default write delay (500 ms) would have lost the last commits. */
  private static final int CREATED_BEFORE_KILL = 150;
  private static final Duration STARTUP_LIMIT = Duration.ofMinutes(3);
  /** How Java reports a process ended by signal 9: no shutdown hook ran, H2 was not closed. */
  private static final int EXIT_BY_SIGKILL = 128 + 9;
  private static final String SPECIALIST = "Basic "
      + Base64.getEncoder().encodeToString("specialist:specialist".getBytes(StandardCharsets.UTF_8));

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  @Timeout(value = 6, unit = MINUTES)
  void everyClaimAnswered201SurvivesAKillDashNine() throws Exception {
    Path workDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "crash-safety")), "run-");
    int port = freePort();
    Process service = start(workDir, port);
    try {
      awaitAnswering(service, port, workDir);
      List<String> created = postClaimsAndKillMidLoad(service, port);

      assertThat(service.waitFor(30, SECONDS)).as("service gone after the kill").isTrue();
      assertThat(service.exitValue()).as("service killed by SIGKILL, see " + workDir.resolve("service.log"))
          .isEqualTo(EXIT_BY_SIGKILL);
      assertThat(created).hasSizeGreaterThanOrEqualTo(CREATED_BEFORE_KILL);

      assertEveryClaimSurvivedWithItsProcess(created, workDir);
    } finally {
      service.destroyForcibly();
    }
  }

  /** The demo profile on the test's own class path, in a fresh directory so {@code ./data} is new. */
  private static Process start(Path workDir, int port) throws IOException {
    var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ClaimRecoveryApplication.class.getName(),
        "--spring.profiles.active=demo", "--server.port=" + port);
    var builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
        .redirectOutput(workDir.resolve("service.log").toFile());
    // the shipped default database is what this test is about
    builder.environment().keySet().removeAll(List.of("DATABASE_URL", "DATABASE_USER", "DATABASE_PASSWORD",
        "SPRING_DATASOURCE_URL", "SPRING_PROFILES_ACTIVE"));
    return builder.start();
  }

  private void awaitAnswering(Process service, int port, Path workDir) throws InterruptedException {
    Instant giveUp = Instant.now().plus(STARTUP_LIMIT);
    while (Instant.now().isBefore(giveUp)) {
      assertThat(service.isAlive()).as("service running, see " + workDir.resolve("service.log")).isTrue();
      try {
        var list = HttpRequest.newBuilder(uri(port, "/api/claims")).header("Authorization", SPECIALIST).GET();
        if (http.send(list.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYetListening) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new AssertionError("service did not answer within " + STARTUP_LIMIT + ", see "
        + workDir.resolve("service.log"));
  }

  /**
   * Posts distinct claims from several clients and kills the service from the client that receives the
   * {@value #CREATED_BEFORE_KILL}th 201, right after that response, while the others' requests are in
   * flight. Returns the id of every claim answered 201.
   */
  private List<String> postClaimsAndKillMidLoad(Process service, int port) throws Exception {
    Queue<String> created = new ConcurrentLinkedQueue<>();
    var answered201 = new AtomicInteger();
    // recent, so no deadline has passed and the job executor stays quiet: the load is intake alone
    String paidOn = LocalDate.now().minusDays(3).toString();
    var clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int client = 0; client < CLIENTS; client++) {
        String prefix = "CRASH-" + client + "-";
        running.add(clients.submit(() -> {
          for (int n = 0; service.isAlive(); n++) {
            HttpResponse<String> response;
            try {
              response = http.send(HttpRequest.newBuilder(uri(port, "/api/claims"))
                  .header("Authorization", SPECIALIST).header("Content-Type", "application/json")
                  .timeout(Duration.ofSeconds(60))
                  .POST(HttpRequest.BodyPublishers.ofString(Claims.nsaClaim(prefix + n, paidOn))).build(),
                  HttpResponse.BodyHandlers.ofString());
            } catch (IOException killedInFlight) {
              return null;
            }
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            created.add(JSON.readTree(response.body()).get("id").asText());
            if (answered201.incrementAndGet() == CREATED_BEFORE_KILL) {
              service.destroyForcibly();
            }
          }
          return null;
        }));
      }
      for (Future<?> client : running) {
        client.get(3, MINUTES);
      }
    } finally {
      clients.shutdownNow();
    }
    return List.copyOf(created);
  }

  /** Opens the database file the service left, as the next start would, with the drivers the service used. */
  private static void assertEveryClaimSurvivedWithItsProcess(List<String> created, Path workDir) throws Exception {
    Path databaseFile;
    try (Stream<Path> files = Files.walk(workDir)) {
      List<Path> databases = files.filter(file -> file.toString().endsWith(".mv.db")).toList();
      assertThat(databases).as("one H2 database under " + workDir).hasSize(1);
      databaseFile = databases.get(0).toAbsolutePath();
    }
    String url = "jdbc:h2:file:" + databaseFile.toString().replaceFirst("\\.mv\\.db$", "");

    Map<String, String> processOfClaim = new HashMap<>();
    Map<String, List<String>> instancesByBusinessKey = new HashMap<>();
    Set<String> runningInstances = new HashSet<>();
    try (var connection = DriverManager.getConnection(url, "sa", "");
        var statement = connection.createStatement()) {
      try (var rows = statement.executeQuery("SELECT id, process_instance_id FROM claim")) {
        while (rows.next()) {
          processOfClaim.put(rows.getString(1), rows.getString(2));
        }
      }
      try (var rows = statement.executeQuery(
          "SELECT BUSINESS_KEY_, ID_ FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'claim-recovery'")) {
        while (rows.next()) {
          instancesByBusinessKey.computeIfAbsent(rows.getString(1), key -> new ArrayList<>()).add(rows.getString(2));
        }
      }
      try (var rows = statement.executeQuery("SELECT ID_ FROM ACT_RU_EXECUTION WHERE ID_ = PROC_INST_ID_")) {
        while (rows.next()) {
          runningInstances.add(rows.getString(1));
        }
      }
    }

    List<String> lost = created.stream().filter(id -> !processOfClaim.containsKey(id)).toList();
    System.out.printf("CrashSafetyIT: %d claims answered 201 before the kill, %d survived, %d lost (%s)%n",
        created.size(), created.size() - lost.size(), lost.size(), workDir);
    assertThat(lost).as("claims answered 201 but gone after the crash").isEmpty();
    for (String claimId : created) {
      String processInstanceId = processOfClaim.get(claimId);
      assertThat(instancesByBusinessKey.get(claimId)).as("process instances of claim " + claimId)
          .containsExactly(processInstanceId);
      assertThat(runningInstances).as("running process instances").contains(processInstanceId);
    }
  }

  private static URI uri(int port, String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
