package org.claimrecovery.process.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.claimrecovery.audit.CaseHistory;
import org.claimrecovery.process.PrivilegedEngineCalls;
import org.springframework.stereotype.Component;

/**
 * A case's history from the engine's history tables (history level full). The case's processes share its business
 * key, the claim id; a process it called is found also through its root instance. Read without the engine's own
 * authorization check: the product API has checked the reader (claim readers may read a case's history, which the
 * engine grants only to auditors and supervisors), and the engine still knows who reads.
 */
@Component
class CamundaCaseHistory implements CaseHistory {

  private final HistoryService history;
  private final RepositoryService repository;
  private final PrivilegedEngineCalls privileged;

  CamundaCaseHistory(HistoryService history, RepositoryService repository, PrivilegedEngineCalls privileged) {
    this.history = history;
    this.repository = repository;
    this.privileged = privileged;
  }

  @Override
  public Recorded of(String claimId) {
    return privileged.run(() -> recorded(claimId));
  }

  @Override
  public String diagram(String processDefinitionId, Set<String> ran, Set<String> active) {
    return privileged.run(() -> DiagramSvg.of(repository.getBpmnModelInstance(processDefinitionId), ran, active));
  }

  private Recorded recorded(String claimId) {
    var instances = new LinkedHashMap<String, HistoricProcessInstance>();
    for (var instance : history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(claimId).list()) {
      instances.put(instance.getId(), instance);
    }
    for (String root : new ArrayList<>(instances.keySet())) {
      for (var called : history.createHistoricProcessInstanceQuery().rootProcessInstanceId(root).list()) {
        instances.putIfAbsent(called.getId(), called);
      }
    }
    if (instances.isEmpty()) {
      return Recorded.nothing();
    }
    String[] ids = instances.keySet().toArray(String[]::new);

    var processes = new ArrayList<ProcessRun>();
    for (var instance : instances.values()) {
      var activities = history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
          .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
          .map(CamundaCaseHistory::activity).toList();
      var definition = repository.getProcessDefinition(instance.getProcessDefinitionId());
      processes.add(new ProcessRun(instance.getId(), instance.getProcessDefinitionId(),
          instance.getProcessDefinitionKey(), definition.getName(), definition.getVersion(),
          instance.getSuperProcessInstanceId(), instant(instance.getStartTime()), instant(instance.getEndTime()),
          instance.getState(), instance.getStartUserId(), activities));
    }
    processes.sort(Comparator.comparing(ProcessRun::startedAt));

    var operations = new ArrayList<UserOperationLogEntry>();
    var details = new ArrayList<HistoricDetail>();
    for (String id : ids) {
      operations.addAll(history.createUserOperationLogQuery().processInstanceId(id).list());
      details.addAll(history.createHistoricDetailQuery().processInstanceId(id).disableBinaryFetching()
          .disableCustomObjectDeserialization().orderByTime().asc().list());
    }
    operations.sort(Comparator.comparing(UserOperationLogEntry::getTimestamp));

    var tasks = new ArrayList<TaskRun>();
    var decisions = new ArrayList<DecisionRun>();
    for (String id : ids) {
      for (var task : history.createHistoricTaskInstanceQuery().processInstanceId(id).list()) {
        tasks.add(task(task, operations, details));
      }
      for (var decision : history.createHistoricDecisionInstanceQuery().processInstanceId(id).includeInputs()
          .includeOutputs().disableCustomObjectDeserialization().list()) {
        decisions.add(decision(decision));
      }
    }
    tasks.sort(Comparator.comparing(TaskRun::createdAt));
    decisions.sort(Comparator.comparing(DecisionRun::evaluatedAt));

    return new Recorded(processes, tasks, decisions, operations.stream().map(CamundaCaseHistory::operation).toList());
  }

  private static ActivityRun activity(HistoricActivityInstance activity) {
    return new ActivityRun(activity.getActivityId(), activity.getActivityName(), activity.getActivityType(),
        instant(activity.getStartTime()), instant(activity.getEndTime()), activity.isCanceled(),
        activity.getAssignee());
  }

  /**
   * Who completed the task is the user of its Complete operation; what they submitted are the values recorded in that
   * operation (its variable updates share the operation's id) and the form fields recorded on the task.
   */
  private static TaskRun task(HistoricTaskInstance task, List<UserOperationLogEntry> operations,
      List<HistoricDetail> details) {
    var completion = operations.stream()
        .filter(entry -> task.getId().equals(entry.getTaskId()))
        .filter(entry -> UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(entry.getOperationType()))
        .findFirst().orElse(null);
    Set<String> operationIds = new HashSet<>();
    if (completion != null) {
      operationIds.add(completion.getOperationId());
    }
    Map<String, Value> submitted = new LinkedHashMap<>();
    for (HistoricDetail detail : details) {
      boolean ofTheCompletion = detail.getUserOperationId() != null && operationIds.contains(detail.getUserOperationId());
      boolean onTheTask = task.getId().equals(detail.getTaskId());
      if (!ofTheCompletion && !onTheTask) {
        continue;
      }
      if (detail instanceof HistoricVariableUpdate update) {
        submitted.put(update.getVariableName(), new Value(update.getVariableName(), update.getTypeName(),
            text(update.getTypedValue(), update.getErrorMessage())));
      } else if (detail instanceof HistoricFormField field) {
        submitted.putIfAbsent(field.getFieldId(), new Value(field.getFieldId(), "form field",
            text(field.getFieldValue(), null)));
      }
    }
    return new TaskRun(task.getId(), task.getProcessInstanceId(), task.getTaskDefinitionKey(), task.getName(),
        task.getAssignee(), instant(task.getStartTime()), instant(task.getDueDate()), instant(task.getEndTime()),
        completion == null ? null : completion.getUserId(), task.getDeleteReason(), List.copyOf(submitted.values()));
  }

  private static DecisionRun decision(HistoricDecisionInstance decision) {
    List<Value> inputs = new ArrayList<>();
    for (HistoricDecisionInputInstance input : decision.getInputs()) {
      inputs.add(new Value(Objects.requireNonNullElse(input.getClauseName(), input.getClauseId()), input.getTypeName(),
          text(input.getValue(), input.getErrorMessage())));
    }
    List<Value> outputs = new ArrayList<>();
    for (HistoricDecisionOutputInstance output : decision.getOutputs()) {
      String name = output.getVariableName() != null ? output.getVariableName() : output.getClauseName();
      outputs.add(new Value(name + (output.getRuleId() == null ? "" : " (rule " + output.getRuleId() + ")"),
          output.getTypeName(), text(output.getValue(), output.getErrorMessage())));
    }
    return new DecisionRun(decision.getId(), decision.getDecisionDefinitionKey(), decision.getDecisionDefinitionName(),
        decision.getProcessInstanceId(), decision.getActivityId(), instant(decision.getEvaluationTime()), inputs,
        outputs);
  }

  private static Operation operation(UserOperationLogEntry entry) {
    return new Operation(instant(entry.getTimestamp()), entry.getUserId(), entry.getOperationType(),
        entry.getEntityType(), entry.getProperty(), entry.getOrgValue(), entry.getNewValue(),
        entry.getProcessInstanceId(), entry.getTaskId());
  }

  /** A recorded value as text: values the engine could not read back say so instead of failing the case file. */
  private static String text(Object value, String error) {
    if (error != null) {
      return "(not readable: " + error + ")";
    }
    return value == null ? null : String.valueOf(value);
  }

  /** A serialized object (a map, a list) as the engine stored it, without deserializing it. */
  private static String text(TypedValue value, String error) {
    if (error == null && value instanceof ObjectValue object && !object.isDeserialized()) {
      return object.getValueSerialized();
    }
    return text(value == null ? null : value.getValue(), error);
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
