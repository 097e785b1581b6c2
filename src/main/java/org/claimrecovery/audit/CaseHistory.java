package org.claimrecovery.audit;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the process engine recorded about one case, as the auditor asks it: every process the case ran through
 * (including the ones it called), each activity with its start and end, every task with who held it, who completed
 * it and what they submitted, every decision table evaluated with its inputs and result, and every change a person
 * made through the engine. Implemented on the engine's history; this package does not know the engine.
 */
public interface CaseHistory {

  /** Everything recorded for the case whose business key is {@code claimId}, oldest first; empty lists if nothing. */
  Recorded of(String claimId);

  /**
   * The diagram of the process definition as SVG, with the activities in {@code ran} marked as taken and those in
   * {@code active} as where the case waits now; empty when the definition has no diagram.
   */
  String diagram(String processDefinitionId, Set<String> ran, Set<String> active);

  record Recorded(List<ProcessRun> processes, List<TaskRun> tasks, List<DecisionRun> decisions,
      List<Operation> operations) {

    public static Recorded nothing() {
      return new Recorded(List.of(), List.of(), List.of(), List.of());
    }
  }

  /**
   * One process instance of the case.
   *
   * @param calledBy the process instance that called this one (a call activity); null for the case's own process
   * @param state    ACTIVE, COMPLETED, SUSPENDED, EXTERNALLY_TERMINATED, INTERNALLY_TERMINATED
   */
  record ProcessRun(String id, String definitionId, String definitionKey, String definitionName, int version,
      String calledBy, Instant startedAt, Instant endedAt, String state, String startedBy, List<ActivityRun> activities) {}

  /**
   * One activity a process ran, in the order they started.
   *
   * @param type the engine's activity type, e.g. userTask, serviceTask, intermediateTimer, callActivity
   */
  record ActivityRun(String activityId, String name, String type, Instant startedAt, Instant endedAt,
      boolean canceled, String assignee) {}

  /**
   * One user task.
   *
   * @param completedBy who completed it, from the engine's user operation log; null when no logged-in person did
   *                    (the demo's seed) or it has not been completed
   * @param endReason   completed, deleted or why it ended otherwise (e.g. a boundary timer); null while open
   * @param submitted   the values set when it was completed (the form's fields)
   */
  record TaskRun(String id, String processInstanceId, String taskKey, String name, String assignee,
      Instant createdAt, Instant dueAt, Instant endedAt, String completedBy, String endReason, List<Value> submitted) {}

  /** A named value as recorded, rendered as text; {@code type} is the engine's value type, e.g. string, double. */
  record Value(String name, String type, String value) {}

  /** One evaluation of a decision table. */
  record DecisionRun(String id, String decisionKey, String decisionName, String processInstanceId,
      String activityId, Instant evaluatedAt, List<Value> inputs, List<Value> outputs) {}

  /**
   * One change through the engine by a logged-in person (the engine's user operation log), e.g. Complete, Claim,
   * Assign, SetVariable.
   */
  record Operation(Instant at, String userId, String operation, String entityType, String property,
      String oldValue, String newValue, String processInstanceId, String taskId) {}
}
