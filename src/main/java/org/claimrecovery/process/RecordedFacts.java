package org.claimrecovery.process;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.refusal.RequestRejected;

/**
 * How the dispute stages' delegates read the facts staff record in forms (days, who) and report what a domain service
 * refuses, as a 400 on the task with the reason.
 */
public final class RecordedFacts {

  /** Who acted when the engine runs without an authenticated user (a job, a timer). */
  public static final String SYSTEM = "system";

  private RecordedFacts() {}

  /** Who completed the task that led here; "system" for a job or timer. */
  public static String user(IdentityService identityService) {
    return ProcessValues.actingUser(identityService, SYSTEM);
  }

  /** A day a person recorded (YYYY-MM-DD or a date): required, and not in the future. */
  public static LocalDate day(VariableScope scope, String field, CaseClock clock) {
    LocalDate day;
    try {
      day = ProcessValues.date(scope.getVariable(field), clock.zone());
    } catch (RuntimeException notADate) {
      throw new DecisionRefused(field, "The date " + field + " is not a date (YYYY-MM-DD).");
    }
    if (day == null) {
      throw new DecisionRefused(field, "Record the date (" + field + ").");
    }
    if (day.isAfter(clock.today())) {
      throw new DecisionRefused(field, "The date " + field + " (" + day + ") is in the future.");
    }
    return day;
  }

  /** An optional day: null when not given. */
  public static LocalDate optionalDay(VariableScope scope, String field, CaseClock clock) {
    return scope.getVariable(field) == null || scope.getVariable(field).toString().isBlank() ? null
        : day(scope, field, clock);
  }

  /**
   * Records a fact through a domain service; a refusal (a date before the fact it follows, a dispute in another state)
   * becomes a 400 on the task with the reason, its field named as the form names it ({@code dateField} for "on").
   */
  public static <T> T recording(String dateField, Supplier<T> record) {
    try {
      return record.get();
    } catch (RequestRejected refused) {
      var problem = refused.fieldProblems().stream().findFirst();
      String field = problem.map(p -> "on".equals(p.field()) ? dateField : p.field()).orElse(dateField);
      String message = problem.map(p -> field + " " + p.message()).orElse(refused.getMessage());
      throw new DecisionRefused(field, message);
    }
  }

  /**
   * Who completed the latest task {@code taskKey} of the process instance, for a job that carries out what they
   * decided: the user the engine's operation log names (it logs every completion by an authenticated user), else the
   * task's assignee; null when neither is known.
   */
  public static String completedBy(HistoryService history, String processInstanceId, String taskKey) {
    return history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey).finished().orderByHistoricTaskInstanceEndTime().desc().listPage(0, 1).stream()
        .findFirst()
        .map(task -> history.createUserOperationLogQuery().taskId(task.getId())
            .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).listPage(0, 1).stream()
            .map(UserOperationLogEntry::getUserId).filter(java.util.Objects::nonNull).findFirst()
            .orElse(task.getAssignee()))
        .orElse(null);
  }

  /**
   * Who held the latest of a filing's tasks: its assignee, or that it sat unassigned with the billing specialists;
   * null when none of the tasks was ever created. A missed filing is recorded with it.
   */
  public static String heldBy(HistoryService history, String processInstanceId, String... taskKeys) {
    return history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
        .taskDefinitionKeyIn(taskKeys).orderByHistoricActivityInstanceStartTime().desc().listPage(0, 1).stream()
        .findFirst().map(task -> task.getAssignee() == null ? "unassigned, with the billing specialists"
            : task.getAssignee())
        .orElse(null);
  }
}
