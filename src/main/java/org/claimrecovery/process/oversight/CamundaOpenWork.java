package org.claimrecovery.process.oversight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.claimrecovery.oversight.OpenWork;
import org.claimrecovery.process.PrivilegedEngineCalls;
import org.springframework.stereotype.Component;

/**
 * The assignees of open case tasks, from the engine's task table. Read without the engine's authorization check: the
 * product API has checked that the reader may read claims, and the calendar shows who holds work, not the tasks.
 */
@Component
class CamundaOpenWork implements OpenWork {

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final PrivilegedEngineCalls privileged;

  CamundaOpenWork(TaskService tasks, RuntimeService runtime, PrivilegedEngineCalls privileged) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.privileged = privileged;
  }

  @Override
  public Map<String, List<String>> assigneesOf(Collection<String> claimIds) {
    if (claimIds.isEmpty()) {
      return Map.of();
    }
    return privileged.run(() -> {
      List<Task> held = tasks.createTaskQuery().active().taskAssigned()
          .processInstanceBusinessKeyIn(claimIds.toArray(String[]::new)).list();
      Map<String, String> caseOfInstance = casesOf(held);
      Map<String, TreeSet<String>> byCase = new TreeMap<>();
      for (Task task : held) {
        String claimId = caseOfInstance.get(task.getProcessInstanceId());
        if (claimId != null) {
          byCase.computeIfAbsent(claimId, id -> new TreeSet<>()).add(task.getAssignee());
        }
      }
      Map<String, List<String>> assignees = new HashMap<>();
      byCase.forEach((claimId, people) -> assignees.put(claimId, new ArrayList<>(people)));
      return assignees;
    });
  }

  @Override
  public Set<String> casesHeldBy(String assignee) {
    return privileged.run(() -> new HashSet<>(casesOf(tasks.createTaskQuery().active().taskAssignee(assignee).list())
        .values()));
  }

  /** The case (business key) of each task's process instance. */
  private Map<String, String> casesOf(List<Task> held) {
    if (held.isEmpty()) {
      return Map.of();
    }
    Set<String> instanceIds = new HashSet<>();
    held.forEach(task -> instanceIds.add(task.getProcessInstanceId()));
    Map<String, String> caseOfInstance = new HashMap<>();
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()) {
      if (instance.getBusinessKey() != null) {
        caseOfInstance.put(instance.getId(), instance.getBusinessKey());
      }
    }
    return caseOfInstance;
  }
}
