package org.claimrecovery.process.negotiation;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.correspondence.DispatchVariables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.negotiation.Negotiations;
import org.claimrecovery.process.DeadlineExpressions;
import org.claimrecovery.process.ProcessValues;
import org.springframework.stereotype.Component;

/** Records the confirmed dispatch of the notice: its date opens the open negotiation period. */
@Component
class RecordDispatchDelegate implements JavaDelegate {

  private final Negotiations negotiations;
  private final CaseClock clock;
  private final IdentityService identityService;
  private final DeadlineExpressions deadlines;

  RecordDispatchDelegate(Negotiations negotiations, CaseClock clock, IdentityService identityService,
      DeadlineExpressions deadlines) {
    this.negotiations = negotiations;
    this.clock = clock;
    this.identityService = identityService;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    negotiations.confirmNoticeDispatch((String) execution.getVariable(CLAIM_ID),
        ProcessValues.dispatchDate(execution.getVariable(DISPATCHED_ON), clock),
        (String) execution.getVariable(DISPATCH_PROOF), ProcessValues.actingUser(identityService, "unknown"));
    execution.setVariable(NEXT_DEADLINE, deadlines.providerDueDay(execution));
  }
}
