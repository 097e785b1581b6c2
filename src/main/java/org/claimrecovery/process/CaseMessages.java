package org.claimrecovery.process;

import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Correlates a message to the case (or stage) process waiting for it, by its business key: the claim id. */
@Component
public class CaseMessages {

  private final RuntimeService runtimeService;
  private final PrivilegedEngineCalls privileged;

  CaseMessages(RuntimeService runtimeService, PrivilegedEngineCalls privileged) {
    this.runtimeService = runtimeService;
    this.privileged = privileged;
  }

  /** True when a process of the claim waited for the message and took it. */
  public boolean correlate(String message, String claimId, Map<String, Object> variables) {
    try {
      privileged.run(() -> runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(claimId)
          .setVariables(variables).correlateWithResult());
      return true;
    } catch (MismatchingMessageCorrelationException nobodyWaits) {
      return false;
    }
  }
}
