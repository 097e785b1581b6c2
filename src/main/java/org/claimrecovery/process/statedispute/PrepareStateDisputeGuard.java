package org.claimrecovery.process.statedispute;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.statedispute.StateDisputeVariables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.claimrecovery.process.ProcessValues;
import org.claimrecovery.process.RecordedFacts;
import org.claimrecovery.statedispute.StateDisputes;
import org.springframework.stereotype.Component;

/**
 * On completing prepareStateDispute: records the grounds and our amount; refuses (400, the task stays) without
 * either.
 */
@Component
class PrepareStateDisputeGuard implements TaskListener {

  private final StateDisputes disputes;
  private final IdentityService identityService;

  PrepareStateDisputeGuard(StateDisputes disputes, IdentityService identityService) {
    this.disputes = disputes;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    String claimId = (String) task.getVariable(CLAIM_ID);
    Object grounds = task.getVariable(STATE_DISPUTE_GROUNDS);
    RecordedFacts.recording(STATE_DISPUTE_GROUNDS, () -> disputes.prepared(claimId,
        grounds == null ? null : grounds.toString(), ProcessValues.amount(task.getVariable(STATE_DISPUTE_AMOUNT)),
        RecordedFacts.user(identityService)));
  }
}
