package org.claimrecovery.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The engine a model test runs its model on: bare and in memory (no Spring), configured like the service's engine
 * where it matters to a model, with the delegates, listeners and the {@code deadlines} bean as Mockito mocks
 * registered by bean name. camunda-process-test-coverage records the flows each test takes and writes a report per
 * test class to {@value #COVERAGE_REPORTS}/&lt;test class name&gt;/report.html.
 *
 * <p>A model test registers the engine and this class as an extension:
 * <pre>{@code
 * @ExtendWith(ModelEngine.class)
 * class DispatchLetterModelTest {
 *   @RegisterExtension
 *   static final ProcessEngineCoverageExtension engine = ModelEngine.recordingCoverage();
 * }</pre>
 * As an extension it forgets the mocks after each test and, once the class has written its coverage report, fails
 * the class when its tests, all of them run, took less than {@value #MINIMUM_SEQUENCE_FLOW_COVERAGE} of a model's
 * sequence flows. Each model's figure is kept in {@value #COVERAGE_REPORTS}/{@value #SEQUENCE_FLOW_SUMMARY}.
 */
public final class ModelEngine implements AfterEachCallback, AfterAllCallback {

  static final String COVERAGE_REPORTS = "target/process-test-coverage";
  static final String SEQUENCE_FLOW_SUMMARY = "sequence-flows.txt";
  static final double MINIMUM_SEQUENCE_FLOW_COVERAGE = 0.9;
  private static final String BPMN_MODEL_NAMESPACE = "http://www.omg.org/spec/BPMN/20100524/MODEL";

  /** Where a timer or due date lands unless a test says otherwise: the tests fire timers themselves. */
  static final Date SOME_DEADLINE = Date.from(Instant.parse("2026-07-14T00:00:00Z"));

  /**
   * The deadlines bean as the models call it (README "For process owners"), mocked so that a model test needs no
   * rules, no claim and no Spring context. Declared here, not mocked from the service's class, so that the model
   * tests do not depend on where the engine adapters live.
   */
  public interface Deadlines {
    Date expiryOf(VariableScope scope, String code);

    Date escalationDate(VariableScope scope);

    Date providerDueDate(VariableScope scope);

    Date followUpDue(VariableScope scope);

    Date settlementPaymentExpiry(VariableScope scope);

    Date filingBoundExpiry(VariableScope scope);

    Date noticeDueDate(VariableScope scope);

    Date noticeEscalationDate(VariableScope scope);

    Date negotiationPeriodExpiry(VariableScope scope);

    Date negotiationPeriodDue(VariableScope scope);

    boolean governs(VariableScope scope, String code);

    boolean governsPayerDecision(VariableScope scope);

    Date payerDecisionExpiry(VariableScope scope);

    Date payerFollowUpDate(VariableScope scope);

    Date idrInitiationDue(VariableScope scope);

    Date idrInitiationExpiry(VariableScope scope);

    Date idrInitiationEscalationDate(VariableScope scope);

    Date idrHoldExpiry(VariableScope scope);

    Date appealFilingDue(VariableScope scope);

    String appealFilingDay(VariableScope scope);

    Date appealFilingExpiry(VariableScope scope);

    Date appealFirstReminder(VariableScope scope);

    Date appealLastReminder(VariableScope scope);

    Date appealDecisionDue(VariableScope scope);

    Date appealDecisionExpiry(VariableScope scope);

    Date externalReviewRequestDue(VariableScope scope);

    String externalReviewRequestDay(VariableScope scope);

    Date externalReviewRequestExpiry(VariableScope scope);

    Date externalReviewRequestReminder(VariableScope scope);

    Date externalReviewDecisionDue(VariableScope scope);

    Date externalReviewDecisionExpiry(VariableScope scope);

    boolean hasStateDispute(VariableScope scope);

    Date stateDisputeFilingDue(VariableScope scope);

    String stateDisputeFilingDay(VariableScope scope);

    Date stateDisputeFilingExpiry(VariableScope scope);

    Date stateDisputeFilingReminder(VariableScope scope);

    Date stateDisputeOwnStepDue(VariableScope scope);

    Date stateDisputeOwnStepExpiry(VariableScope scope);

    Date stateDisputeDecisionDue(VariableScope scope);

    Date stateDisputeDecisionExpiry(VariableScope scope);

    Date complaintResponseDue(VariableScope scope);

    String complaintFollowUpCycle(VariableScope scope);

    Date idrDueDate(VariableScope scope, String code);

    Date escalationDateOf(VariableScope scope, String code);

    Date documentsDueDate(VariableScope scope);

  }

  /** The settings of the service's engine that change how a model runs (application.yaml). */
  static ProcessEngineConfigurationImpl configuration() {
    var configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneInMemProcessEngineConfiguration();
    // the fast Java FEEL for decision tables, as application.yaml sets it
    configuration.setDmnFeelEnableLegacyBehavior(true);
    configuration
        .setProcessEngineName("models-" + UUID.randomUUID())
        .setJdbcUrl("jdbc:h2:mem:models-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
        .setJobExecutorActivate(false)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    return configuration;
  }

  /**
   * The engine of one model test class, expressions resolved from the mocks, flows recorded.
   *
   * @param stubbedProcesses keys of processes the test deploys as stubs (a called process), left out of the report
   */
  static ProcessEngineCoverageExtension recordingCoverage(String... stubbedProcesses) {
    ProcessEngineConfigurationImpl configuration = configuration();
    configuration.setExpressionManager(new MockExpressionManager());
    ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
    return ProcessEngineCoverageExtension.builder(configuration)
        .excludeProcessDefinitionKeys(stubbedProcesses)
        .reportDirectory(COVERAGE_REPORTS)
        .build();
  }

  static JavaDelegate mockDelegate(String beanName) {
    JavaDelegate delegate = mock(JavaDelegate.class);
    Mocks.register(beanName, delegate);
    return delegate;
  }

  static TaskListener mockTaskListener(String beanName) {
    TaskListener listener = mock(TaskListener.class);
    Mocks.register(beanName, listener);
    return listener;
  }

  /**
   * Every date the models ask the deadlines bean for is {@link #SOME_DEADLINE} (as a day in a name, its day), every
   * yes/no question yes, unless a test stubs it.
   */
  static Deadlines mockDeadlines() {
    Deadlines deadlines = mock(Deadlines.class, invocation -> {
      Class<?> type = invocation.getMethod().getReturnType();
      return type == boolean.class ? Boolean.TRUE : type == String.class ? "2026-07-14" : SOME_DEADLINE;
    });
    Mocks.register("deadlines", deadlines);
    return deadlines;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Mocks.reset();
  }

  /** Runs after the coverage extension wrote the class's report: registered first, it is called back last. */
  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    Path reports = Path.of(COVERAGE_REPORTS);
    String testClass = context.getRequiredTestClass().getName();
    Path report = reports.resolve(testClass).resolve("report.json");
    assertThat(report).as("the coverage report of " + testClass).exists();
    JsonNode coverage = new ObjectMapper().readTree(report.toFile());

    Map<String, String> summary = readSummary(reports.resolve(SEQUENCE_FLOW_SUMMARY));
    List<String> violations = new ArrayList<>();
    for (JsonNode model : coverage.path("models")) {
      String key = model.path("key").asText();
      String xml = model.path("xml").asText();
      if (!xml.contains(BPMN_MODEL_NAMESPACE)) {
        continue; // a decision table
      }
      Set<String> flows = sequenceFlowsOf(xml);
      Set<String> taken = new TreeSet<>();
      coverage.findValues("events").forEach(events -> events.forEach(event -> {
        if ("SEQUENCE_FLOW".equals(event.path("source").asText()) && key.equals(event.path("modelKey").asText())) {
          taken.add(event.path("definitionKey").asText());
        }
      }));
      double share = (double) taken.size() / flows.size();
      summary.put(key, String.format("%-16s %3d of %3d sequence flows (%3.0f %%)  %s", key, taken.size(), flows.size(),
          share * 100, context.getRequiredTestClass().getSimpleName()));
      if (share < MINIMUM_SEQUENCE_FLOW_COVERAGE) {
        Set<String> neverTaken = new TreeSet<>(flows);
        neverTaken.removeAll(taken);
        violations.add(key + ": " + taken.size() + " of " + flows.size() + " sequence flows taken; never: " + neverTaken);
      }
    }
    Files.write(reports.resolve(SEQUENCE_FLOW_SUMMARY), summary.values());
    if (coverage.path("suites").path(0).path("runs").size() < testMethodsOf(context.getRequiredTestClass())) {
      return; // some of the class's tests were left out (-Dtest=Class#method): its coverage says nothing
    }
    assertThat(violations).as("models under " + MINIMUM_SEQUENCE_FLOW_COVERAGE * 100 + " % sequence-flow coverage")
        .isEmpty();
  }

  private static long testMethodsOf(Class<?> testClass) {
    return Arrays.stream(testClass.getDeclaredMethods())
        .filter(method -> method.isAnnotationPresent(Test.class) && !method.isAnnotationPresent(Disabled.class))
        .count();
  }

  private static Set<String> sequenceFlowsOf(String xml) {
    return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
        .getModelElementsByType(SequenceFlow.class).stream()
        .map(SequenceFlow::getId)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** One line per model, by model key; each test class rewrites the lines of the models it ran. */
  private static Map<String, String> readSummary(Path file) throws IOException {
    Map<String, String> lines = new TreeMap<>();
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file)) {
        lines.put(line.split("\\s+", 2)[0], line);
      }
    }
    return lines;
  }
}
