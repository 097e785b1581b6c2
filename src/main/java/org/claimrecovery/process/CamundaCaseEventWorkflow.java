package org.claimrecovery.process;

import java.util.Map;
import org.claimrecovery.caseevents.CaseEventWorkflow;
import org.springframework.stereotype.Component;

/** Hands an event recorded through the API to the case's process as its message. */
@Component
class CamundaCaseEventWorkflow implements CaseEventWorkflow {

  private final CaseMessages messages;

  CamundaCaseEventWorkflow(CaseMessages messages) {
    this.messages = messages;
  }

  @Override
  public boolean deliver(String claimId, String message, Map<String, Object> variables) {
    return messages.correlate(message, claimId, variables);
  }
}
