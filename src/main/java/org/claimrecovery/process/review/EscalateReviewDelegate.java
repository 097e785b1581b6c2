package org.claimrecovery.process.review;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Puts a review that is still open close to its deadline in front of the supervisors: their group becomes
 * a candidate and the task's priority rises, so it tops their lists.
 */
@Component
class EscalateReviewDelegate implements JavaDelegate {

  static final String SUPERVISORS = "billing-supervisors";
  static final String REVIEW_TASK = "reviewInitialPayment";
  static final int ESCALATED_PRIORITY = 80;

  private final TaskService taskService;

  EscalateReviewDelegate(TaskService taskService) {
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    taskService.createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(REVIEW_TASK)
        .active()
        .list()
        .forEach(task -> {
          taskService.addCandidateGroup(task.getId(), SUPERVISORS);
          taskService.setPriority(task.getId(), ESCALATED_PRIORITY);
        });
  }
}
