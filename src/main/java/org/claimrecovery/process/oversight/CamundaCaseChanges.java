package org.claimrecovery.process.oversight;

import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.claimrecovery.oversight.CaseChanges;
import org.claimrecovery.process.PrivilegedEngineCalls;
import org.springframework.stereotype.Component;

/** Cases the engine moved, from its activity history (history level full). */
@Component
class CamundaCaseChanges implements CaseChanges {

  private final HistoryService history;
  private final PrivilegedEngineCalls privileged;

  CamundaCaseChanges(HistoryService history, PrivilegedEngineCalls privileged) {
    this.history = history;
    this.privileged = privileged;
  }

  @Override
  public Set<String> movedSince(Instant since) {
    return privileged.run(() -> {
      Set<String> instances = new HashSet<>();
      Date from = Date.from(since);
      history.createHistoricActivityInstanceQuery().startedAfter(from).list()
          .forEach(activity -> instances.add(activity.getProcessInstanceId()));
      history.createHistoricActivityInstanceQuery().finishedAfter(from).list()
          .forEach(activity -> instances.add(activity.getProcessInstanceId()));
      Set<String> cases = new HashSet<>();
      if (!instances.isEmpty()) {
        history.createHistoricProcessInstanceQuery().processInstanceIds(instances).list().stream()
            .filter(instance -> instance.getBusinessKey() != null)
            .forEach(instance -> cases.add(instance.getBusinessKey()));
      }
      return cases;
    });
  }
}
