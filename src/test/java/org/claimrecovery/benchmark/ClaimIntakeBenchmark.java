package org.claimrecovery.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.claimrecovery.engine.Groups;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.Claims;
import org.claimrecovery.support.IntegrationTest;
import org.claimrecovery.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Throughput of claim intake next to the bare engine, in the same JVM, on the same database, through the
 * same HTTP authentication filter. Run with {@code mvn -Pbenchmark verify}; not part of the normal build.
 *
 * <p>The bare process has the shape of the stack brief's baseline: two expression service tasks, a user
 * task with a candidate group and a non-interrupting boundary timer. A claim with its initial payment
 * known runs synchronously inside {@code POST /api/claims} up to its first user task
 * (reviewInitialPayment), so a 201 means the same amount of engine work plus the product's own.
 *
 * <p>Order: warm-up (bare REST, claims, bare Java API, {@code bench.warmup} each), then the measured
 * requests in alternating rounds: each round runs a slice of bare REST starts, then a slice of claims, then
 * a slice of bare Java API starts; times and latencies are summed per operation over the rounds. On a
 * machine shared with other work, alternation spreads load swings over all three instead of penalising
 * whichever phase ran during a busy minute. Numbers are printed, not asserted; only correctness is.
 *
 * <p>Sizes: {@code -Dbench.count=2000} (measured requests per operation), {@code -Dbench.warmup=200},
 * {@code -Dbench.rounds=4}, {@code -Dbench.threads=4}.
 */
@IntegrationTest
class ClaimIntakeBenchmark {

  static final String BARE = "bench-bare";
  static final String CLAIM_PROCESS = "claim-recovery";
  static final String CLAIM_TASK = "reviewInitialPayment";
  static final double TARGET_RATIO = 0.60;
  /** Aims against the bare Java API start (issue "Trust"): one by one, and in batches. */
  static final double AIM_SINGLE_VS_JAVA = 0.40;
  static final double AIM_BATCH_VS_JAVA = 0.60;
  static final int BATCH = Integer.getInteger("bench.batch", 50);

  static final int COUNT = Integer.getInteger("bench.count", 2000);
  static final int WARMUP = Integer.getInteger("bench.warmup", 200);
  static final int THREADS = Integer.getInteger("bench.threads", 4);
  static final int ROUNDS = Integer.getInteger("bench.rounds", 4);

  @Autowired Api api;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired AuthorizationService authorizations;

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();
  private final String basicAuth = "Basic " + Base64.getEncoder().encodeToString(
      (TestUsers.INTEGRATION + ":" + TestUsers.password(TestUsers.INTEGRATION)).getBytes(StandardCharsets.UTF_8));

  @BeforeEach
  void freezeClock() {
    // the sample claims are dated around this day, as in ClaimApiIT
    ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf("2026-06-02 10:00:00"));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void claimIntakeThroughputNextToTheBareEngine() throws Exception {
    deployBareProcess();
    String run = Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);

    // warm-up: JIT, connection pools, engine caches
    Phase warmBare = new Phase("warm-up bare REST");
    Phase warmClaims = new Phase("warm-up claims");
    Phase warmJava = new Phase("warm-up bare Java");
    Phase warmBatches = new Phase("warm-up batches", BATCH);
    measure(warmBare, 0, WARMUP, i -> bareRestStart());
    measure(warmClaims, 0, WARMUP, i -> postClaim("BW-" + run + "-" + i));
    measure(warmJava, 0, WARMUP, i -> bareJavaStart());
    measure(warmBatches, 0, WARMUP / BATCH, i -> postBatch("BWB-" + run + "-" + i));
    for (Phase warm : List.of(warmBare, warmClaims, warmJava, warmBatches)) {
      assertThat(warm.failures).as(warm.name + " failures").isEmpty();
    }

    long heapBefore = heapUsedAfterGc();
    Phase bare = new Phase("bare process, REST start");
    Phase claims = new Phase("NSA claim, POST /api/claims");
    Phase java = new Phase("bare process, Java API (ref.)");
    Phase batches = new Phase("NSA claims, batches of " + BATCH, BATCH);
    int batchRequests = 0;
    for (int round = 0; round < ROUNDS; round++) {
      int from = COUNT * round / ROUNDS;
      int to = COUNT * (round + 1) / ROUNDS;
      measure(bare, from, to, i -> bareRestStart());
      measure(claims, from, to, i -> postClaim("BM-" + run + "-" + i));
      measure(java, from, to, i -> bareJavaStart());
      measure(batches, from / BATCH, to / BATCH, i -> postBatch("BMB-" + run + "-" + i));
      batchRequests += to / BATCH - from / BATCH;
    }
    long heapAfter = heapUsedAfterGc();

    String table = table(List.of(bare, claims, java, batches), heapBefore, heapAfter);
    System.out.println(table);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "benchmark-results.txt"), table);

    for (Phase phase : List.of(bare, claims, java, batches)) {
      assertThat(phase.failures).as(phase.name + " failures").isEmpty();
    }
    for (Phase phase : List.of(bare, claims, java)) {
      assertThat(phase.latenciesNanos).as(phase.name + " completed").hasSize(COUNT);
    }
    assertThat(batches.latenciesNanos).as(batches.name + " completed").hasSize(batchRequests);
    // every measured claim is a real case waiting at its first user task
    var json = new ObjectMapper();
    Set<String> instances = new HashSet<>();
    for (String body : claims.bodies) {
      instances.add(json.readTree(body).get("processInstanceId").asText());
    }
    assertThat(instances).hasSize(COUNT);
    long waiting = 0;
    List<String> ids = new ArrayList<>(instances);
    for (int from = 0; from < ids.size(); from += 500) {
      waiting += runtime.createProcessInstanceQuery()
          .processDefinitionKey(CLAIM_PROCESS)
          .processInstanceIds(new HashSet<>(ids.subList(from, Math.min(ids.size(), from + 500))))
          .activityIdIn(CLAIM_TASK)
          .count();
    }
    assertThat(waiting).as("measured claims waiting at " + CLAIM_TASK).isEqualTo(COUNT);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CLAIM_PROCESS).activityIdIn(CLAIM_TASK)
        .count()).as("all claims (warm-up + measured, one by one and in batches) waiting at " + CLAIM_TASK)
        .isEqualTo(WARMUP + COUNT + warmBatches.items() + batches.items());
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(BARE).activityIdIn("work").count())
        .as("bare instances waiting at their user task").isEqualTo(2L * (WARMUP + COUNT));
  }

  // --- the bare process ----------------------------------------------------------------------------

  private void deployBareProcess() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(BARE)
        .name("Benchmark: bare engine")
        .camundaHistoryTimeToLive(1)
        .startEvent("start")
        .serviceTask("first").camundaExpression("${true}")
        .serviceTask("second").camundaExpression("${true}")
        .userTask("work").camundaCandidateGroups(Groups.SPECIALISTS)
        .boundaryEvent("reminder").cancelActivity(false)
        // a date from the deadlines bean, as the product's own timers: the model policy refuses other method
        // calls, and a literal duration (P30D) makes the engine build an XML DatatypeFactory on every start,
        // which would slow the bare process down and flatter the product
        .timerWithDate("${deadlines.followUpDue(execution)}")
        .endEvent("reminded")
        .moveToActivity("work")
        .endEvent("end")
        .done();
    repository.createDeployment().name("benchmark-bare").addModelInstance(BARE + ".bpmn", model).deploy();
    grant(Groups.INTEGRATIONS, Resources.PROCESS_DEFINITION, BARE, Permissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(Groups.INTEGRATIONS, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
  }

  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    var existing = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).groupIdIn(group)
        .resourceType(resource).resourceId(resourceId).singleResult();
    var authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    if (existing == null) {
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

  // --- the operations ------------------------------------------------------------------------------

  private String bareRestStart() throws Exception {
    return expect(200, post("/engine-rest/process-definition/key/" + BARE + "/start", "{}"));
  }

  private String postClaim(String claimNumber) throws Exception {
    return expect(201, post("/api/claims", Claims.nsaClaim(claimNumber, "2026-06-01")));
  }

  /** {@link #BATCH} claims in one request; every one must be answered 201. */
  private String postBatch(String prefix) throws Exception {
    var claims = new ArrayList<String>();
    for (int i = 0; i < BATCH; i++) {
      claims.add(Claims.nsaClaim(prefix + "-" + i, "2026-06-01"));
    }
    String body = expect(200, post("/api/claims", "[" + String.join(",", claims) + "]"));
    long created = new ObjectMapper().readTree(body).get("results").findValues("status").stream()
        .filter(status -> status.isInt() && status.asInt() == 201).count();
    if (created != BATCH) {
      throw new IllegalStateException(created + " of " + BATCH + " claims answered 201: " + body);
    }
    return body;
  }

  private String bareJavaStart() {
    return runtime.startProcessInstanceByKey(BARE).getId();
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + api.port() + path))
        .header("Authorization", basicAuth)
        .header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String expect(int status, HttpResponse<String> response) {
    if (response.statusCode() != status) {
      throw new IllegalStateException("HTTP " + response.statusCode() + " on " + response.uri().getPath() + ": "
          + response.body());
    }
    return response.body();
  }

  // --- measuring -----------------------------------------------------------------------------------

  interface Operation {
    String run(int index) throws Exception;
  }

  /** One operation's results, summed over the rounds it ran in. */
  static final class Phase {
    final String name;
    /** Claims (or starts) one operation carries: 1, or the batch size. */
    final int itemsPerOperation;
    long elapsedNanos;
    long[] latenciesNanos = new long[0];
    final List<String> bodies = new ArrayList<>();
    final List<String> failures = new ArrayList<>();

    Phase(String name) {
      this(name, 1);
    }

    Phase(String name, int itemsPerOperation) {
      this.name = name;
      this.itemsPerOperation = itemsPerOperation;
    }

    int items() {
      return latenciesNanos.length * itemsPerOperation;
    }

    double seconds() {
      return elapsedNanos / 1e9;
    }

    /** Claims (or starts) per second, whatever the batch size. */
    double perSecond() {
      return items() / seconds();
    }

    double percentileMillis(double p) {
      long[] sorted = latenciesNanos.clone();
      Arrays.sort(sorted);
      int index = (int) Math.ceil(p * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
  }

  /**
   * Operations {@code from} (inclusive) to {@code to} (exclusive) spread over {@link #THREADS} client
   * threads, each taking the next index; the results are added to {@code phase}.
   */
  private void measure(Phase phase, int from, int to, Operation operation) throws Exception {
    int count = to - from;
    long[] latencies = new long[count];
    boolean[] done = new boolean[count];
    String[] bodies = new String[count];
    var failures = new ConcurrentLinkedQueue<String>();
    var next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    long start = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            long began = System.nanoTime();
            try {
              bodies[i] = operation.run(from + i);
              latencies[i] = System.nanoTime() - began;
              done[i] = true;
            } catch (Exception failed) {
              failures.add("#" + (from + i) + ": " + failed.getMessage());
            }
          }
          return null;
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
    long elapsed = System.nanoTime() - start;
    phase.elapsedNanos += elapsed;
    long[] completed = java.util.stream.IntStream.range(0, count).filter(i -> done[i])
        .mapToLong(i -> latencies[i]).toArray();
    long[] all = Arrays.copyOf(phase.latenciesNanos, phase.latenciesNanos.length + completed.length);
    System.arraycopy(completed, 0, all, phase.latenciesNanos.length, completed.length);
    phase.latenciesNanos = all;
    for (int i = 0; i < count; i++) {
      if (done[i]) {
        phase.bodies.add(bodies[i]);
      }
    }
    phase.failures.addAll(failures);
    System.out.printf(Locale.ROOT, "[benchmark] %-32s #%d..%d: %d ok, %d failed, %.1f s, %.1f/s%n", phase.name,
        from, to - 1, completed.length, failures.size(), elapsed / 1e9, completed.length / (elapsed / 1e9));
    failures.stream().limit(5).forEach(f -> System.out.println("[benchmark]   " + f));
  }

  private static long heapUsedAfterGc() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static String ratio(String what, double ratio, double goal, String kind) {
    return String.format(Locale.ROOT, "%-42s = %5.1f %%  (%s: at least %.0f %%)  %s%n", what, ratio * 100, kind,
        goal * 100, ratio >= goal ? "MET" : "NOT MET");
  }

  private static String table(List<Phase> phases, long heapBefore, long heapAfter) {
    var out = new StringBuilder();
    String line = "-".repeat(86) + "\n";
    out.append("\n").append(line);
    out.append(String.format(Locale.ROOT, "Claim intake benchmark: %d client threads, %d warm-up + %d measured each,"
        + " %d cores%n", THREADS, WARMUP, COUNT, Runtime.getRuntime().availableProcessors()));
    out.append(String.format(Locale.ROOT, "Order: warm-up, then %d alternating rounds of bare REST starts, claims,"
        + " bare Java API starts, claim batches%n(same JVM, same embedded PostgreSQL, history level full, same Basic"
        + " auth filter)%n", ROUNDS));
    out.append(line);
    out.append(String.format(Locale.ROOT, "%-32s %7s %9s %9s %10s %10s%n", "operation (per sec: claims/starts)",
        "count", "seconds", "per sec", "p50 ms", "p95 ms"));
    for (Phase phase : phases) {
      out.append(String.format(Locale.ROOT, "%-32s %7d %9.2f %9.1f %10.1f %10.1f%n", phase.name,
          phase.items(), phase.seconds(), phase.perSecond(), phase.percentileMillis(0.50),
          phase.percentileMillis(0.95)));
    }
    out.append("(p50/p95 of a batch are per request)\n").append(line);
    double bare = phases.get(0).perSecond();
    double single = phases.get(1).perSecond();
    double java = phases.get(2).perSecond();
    double batched = phases.get(3).perSecond();
    out.append(ratio("claims/s / bare REST starts/s", single / bare, TARGET_RATIO, "target"));
    out.append(ratio("claims/s / bare Java API starts/s", single / java, AIM_SINGLE_VS_JAVA, "aim"));
    out.append(ratio("batched claims/s / bare Java API starts/s", batched / java, AIM_BATCH_VS_JAVA, "aim"));
    out.append(String.format(Locale.ROOT, "heap used after GC: before %.1f MB, after %.1f MB%n",
        heapBefore / 1048576.0, heapAfter / 1048576.0));
    out.append(line);
    return out.toString();
  }
}
