package org.claimrecovery.support;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * A case's process and every stage it called (negotiation, federal IDR, however deep), as scenario tests drive
 * them: its tasks and its due jobs.
 */
public class CaseProcesses {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;

  CaseProcesses(RuntimeService runtime, TaskService tasks, ManagementService management) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
  }

  /** The case's process instance and those it called, however deep. */
  public List<String> of(String processInstanceId) {
    var ids = new ArrayList<String>();
    ids.add(processInstanceId);
    for (int i = 0; i < ids.size(); i++) {
      runtime.createProcessInstanceQuery().superProcessInstanceId(ids.get(i)).list()
          .forEach(sub -> ids.add(sub.getId()));
    }
    return ids;
  }

  /** The case's open task with this key, wherever it stands; null when none. */
  public Task task(String processInstanceId, String key) {
    return tasks.createTaskQuery().processInstanceIdIn(of(processInstanceId).toArray(String[]::new))
        .taskDefinitionKey(key).singleResult();
  }

  /** Runs the case's due jobs (timers, asynchronous steps), in its stages too. */
  public void runDueJobs(String processInstanceId) {
    CaseTime.runDueJobs(management, () -> of(processInstanceId));
  }
}
