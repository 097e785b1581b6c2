package org.claimrecovery.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Walks every path of bpmn/claim-recovery.bpmn on a bare in-memory engine with stand-ins for the delegate beans
 * and the deadline calendar (the real ones are tested where they are written). Proves the model's wiring: the
 * decision result feeds the gateway, timers take their dates from the deadline bean, the loop re-classifies,
 * and the async boundaries keep human work committed.
 */
class ClaimRecoveryProcessTest {

  static final String PROCESS = "claim-recovery";
  static final Date PAYER_DEADLINE = date(2026, 7, 1);
  static final Date PROVIDER_DUE = date(2026, 8, 12);
  static final Date ESCALATION = date(2026, 8, 5);
  static final Date FOLLOW_UP = date(2026, 7, 3);

  static ProcessEngine engine;
  final List<String> calls = new ArrayList<>();

  @BeforeAll
  static void startEngine() throws IOException {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
        ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
            .setProcessEngineName("claim-recovery-process-" + UUID.randomUUID())
            .setJdbcUrl("jdbc:h2:mem:claim-recovery-process-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
            .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
            .setJobExecutorActivate(false);
    configuration.setExpressionManager(new MockExpressionManager());
    engine = configuration.buildProcessEngine();

    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment();
    for (String dir : new String[] {"bpmn", "forms"}) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          deployment.addString(dir + "/" + file.getFileName(), Files.readString(file));
        }
      }
    }
    deployment.deploy();
  }

  @AfterAll
  static void closeEngine() {
    if (engine != null) {
      engine.close();
    }
  }

  @BeforeEach
  void registerBeans() {
    Mocks.register("deadlines", new FixedDeadlines());
    Mocks.register("recordPathwayDelegate", (JavaDelegate) execution -> {
      calls.add("recordPathway");
      @SuppressWarnings("unchecked")
      Map<String, Object> classification = (Map<String, Object>) execution.getVariable("classification");
      execution.setVariable("nsaEligible", classification.get("nsaEligible"));
      execution.setVariable("pathway", classification.get("pathway"));
      execution.setVariable("initialPaymentKnown", execution.hasVariable("paidAmount"));
      execution.setVariable("nextDeadline", PROVIDER_DUE);
    });
    Mocks.register("reviewDecisionGuard", (TaskListener) task -> calls.add("reviewDecisionGuard"));
    Mocks.register("recordReviewDecisionDelegate", (JavaDelegate) execution -> calls.add("recordReviewDecision"));
    Mocks.register("escalateReviewDelegate", (JavaDelegate) execution -> calls.add("escalateReview"));
    Mocks.register("closeCaseDelegate", (JavaDelegate) execution -> calls.add("closeCase"));
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
  }

  @Test
  void claimWithoutPaymentWaitsIsChasedAndIsReclassifiedWhenThePaymentArrives() {
    ProcessInstance claim = startClaim(Map.of());

    assertThat(activeActivities(claim)).containsExactly("awaitInitialPayment");
    Job overdue = engine.getManagementService().createJobQuery().processInstanceId(claim.getId()).singleResult();
    assertThat(overdue.getDuedate()).isEqualTo(PAYER_DEADLINE);

    engine.getManagementService().executeJob(overdue.getId());

    Task missed = task(claim, "handleMissedInitialPayment");
    assertThat(missed.getDueDate()).isEqualTo(FOLLOW_UP);
    assertThat(candidateGroups(missed)).containsExactly("billing-supervisors");
    assertThat(activeActivities(claim)).contains("awaitInitialPayment");

    engine.getRuntimeService().createMessageCorrelation("InitialPaymentReceived")
        .processInstanceId(claim.getId())
        .setVariable("paidAmount", 812.40)
        .correlate();

    assertThat(calls).containsExactly("recordPathway", "recordPathway");
    assertThat(activeActivities(claim)).containsExactlyInAnyOrder("handleMissedInitialPayment", "reviewInitialPayment");

    engine.getTaskService().complete(missed.getId(),
        Map.of("missedPaymentAction", "CONTACTED_PAYER", "missedPaymentNote", "Called the payer's provider line"));
    assertThat(activeActivities(claim)).containsExactly("reviewInitialPayment");
  }

  @Test
  void reviewIsDueOnTheProviderDeadlineAndEscalatedBeforeIt() {
    ProcessInstance claim = startClaim(Map.of("paidAmount", 812.40));

    Task review = task(claim, "reviewInitialPayment");
    assertThat(review.getDueDate()).isEqualTo(PROVIDER_DUE);
    assertThat(review.getFollowUpDate()).isEqualTo(ESCALATION);
    assertThat(candidateGroups(review)).containsExactly("billing-specialists");
    assertThat(engine.getRuntimeService().getVariable(claim.getId(), "pathway")).isEqualTo("FEDERAL_IDR");

    Job atRisk = engine.getManagementService().createJobQuery().processInstanceId(claim.getId()).singleResult();
    assertThat(atRisk.getDuedate()).isEqualTo(ESCALATION);
    engine.getManagementService().executeJob(atRisk.getId());

    Job escalation = engine.getManagementService().createJobQuery().processInstanceId(claim.getId()).singleResult();
    assertThat(calls).doesNotContain("escalateReview"); // asyncBefore: the timer commits first
    engine.getManagementService().executeJob(escalation.getId());

    assertThat(calls).contains("escalateReview");
    assertThat(activeActivities(claim)).containsExactly("reviewInitialPayment");
  }

  @Test
  void acceptedPaymentClosesTheCaseAfterTheReviewIsCommitted() {
    ProcessInstance claim = startClaim(Map.of("paidAmount", 812.40));

    engine.getTaskService().complete(task(claim, "reviewInitialPayment").getId(),
        Map.of("decision", "ACCEPT", "acceptReason", "Paid at the QPA"));

    assertThat(calls).containsExactly("recordPathway", "reviewDecisionGuard", "recordReviewDecision");
    assertThat(activeActivities(claim)).containsExactly("closeCase");

    Job closing = engine.getManagementService().createJobQuery().processInstanceId(claim.getId())
        .activityId("closeCase").singleResult();
    engine.getManagementService().executeJob(closing.getId());

    assertThat(calls).endsWith("closeCase");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(claim.getId())
        .singleResult().getEndActivityId()).isEqualTo("paymentAccepted");
  }

  @Test
  void negotiationWaitsVisiblyForTheNegotiationStage() {
    ProcessInstance claim = startClaim(Map.of("paidAmount", 812.40));

    engine.getTaskService().complete(task(claim, "reviewInitialPayment").getId(), Map.of("decision", "NEGOTIATE"));

    assertThat(activeActivities(claim)).containsExactly("awaitNegotiationStage");
    engine.getRuntimeService().correlateMessage("NegotiationStageAvailable");
    assertThat(ended(claim, "negotiationStageEntered")).isTrue();
  }

  @Test
  void disputeWaitsVisiblyForTheDisputeStage() {
    ProcessInstance claim = startClaim(Map.of("paidAmount", 812.40, "coverageDenial", true));
    assertThat(engine.getRuntimeService().getVariable(claim.getId(), "pathway")).isEqualTo("APPEAL");

    engine.getTaskService().complete(task(claim, "reviewInitialPayment").getId(), Map.of("decision", "DISPUTE"));

    assertThat(activeActivities(claim)).containsExactly("awaitDisputeStage");
    engine.getRuntimeService().correlateMessage("DisputeStageAvailable");
    assertThat(ended(claim, "disputeStageEntered")).isTrue();
  }

  // helpers ////////////////////////////////////////////////////////////////////////////////////

  ProcessInstance startClaim(Map<String, Object> extra) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("serviceCategory", "EMERGENCY");
    variables.put("planType", "SELF_FUNDED_ERISA");
    variables.put("noticeAndConsentObtained", false);
    variables.put("coverageDenial", false);
    variables.put("stateLawApplies", false);
    variables.putAll(extra);
    return engine.getRuntimeService().startProcessInstanceByKey(PROCESS, "CLM-" + UUID.randomUUID(), variables);
  }

  List<String> activeActivities(ProcessInstance claim) {
    return engine.getRuntimeService().getActiveActivityIds(claim.getId());
  }

  Task task(ProcessInstance claim, String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(claim.getId())
        .taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> link.getGroupId() != null)
        .map(link -> link.getGroupId())
        .toList();
  }

  boolean ended(ProcessInstance claim, String endEvent) {
    return endEvent.equals(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(claim.getId()).finished().singleResult().getEndActivityId());
  }

  static Date date(int year, int month, int day) {
    return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZoneId.of("America/New_York")).toInstant());
  }

  /** Stand-in for the deadline calendar bean: fixed dates, same method signatures the model calls. */
  public static class FixedDeadlines {
    public Date expiryOf(DelegateExecution execution, String code) {
      return "PAYER_INITIAL_PAYMENT".equals(code) ? PAYER_DEADLINE : null;
    }

    public Date followUpDue(DelegateExecution execution) {
      return FOLLOW_UP;
    }

    public Date providerDueDate(DelegateExecution execution) {
      return PROVIDER_DUE;
    }

    public Date escalationDate(DelegateExecution execution) {
      return ESCALATION;
    }
  }
}
