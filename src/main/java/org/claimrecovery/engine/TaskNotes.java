package org.claimrecovery.engine;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * A comment or an attachment on a task is part of the work on it: it is added by whoever may work the task or assign
 * it (specialists of its groups, supervisors, the administrator), never by an auditor or a reader of the case, and one
 * on a case by whoever may change the case. Camunda 7.24 checks no permission when a comment or an attachment is
 * added (AddCommentCmd, CreateAttachmentCmd) nor when an attachment is changed or deleted (SaveAttachmentCmd,
 * DeleteAttachmentCmd), though it does for comments changed or deleted; this is that check.
 * {@link FormBoundSubmissions}' task service asks it before every comment and attachment is added, changed or
 * deleted. An attachment whose task and case have both ended is not covered.
 */
final class TaskNotes {

  private TaskNotes() {}

  /** @throws AuthorizationException when the caller may neither work nor assign the task, nor change the case */
  static void check(CommandExecutor commands, String taskId, String processInstanceId) {
    commands.execute(context -> {
      var checkers = context.getProcessEngineConfiguration().getCommandCheckers();
      TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
      if (task != null) {
        try {
          checkers.forEach(checker -> checker.checkTaskWork(task));
        } catch (AuthorizationException mayNotWorkIt) {
          checkers.forEach(checker -> checker.checkTaskAssign(task));
        }
      }
      if (processInstanceId != null && (task == null || !processInstanceId.equals(task.getProcessInstanceId()))) {
        checkers.forEach(checker -> checker.checkUpdateProcessInstanceById(processInstanceId));
      }
      return null;
    });
  }
}
