package org.claimrecovery.process.correspondence;

import static org.claimrecovery.process.correspondence.DispatchVariables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.correspondence.Correspondence;
import org.claimrecovery.process.ProcessValues;
import org.springframework.stereotype.Component;

/** Records that a person sent a letter from the outbox: the ledger keeps the day, the proof and who. */
@Component
class RecordLetterDispatchDelegate implements JavaDelegate {

  private final Correspondence correspondence;
  private final CaseClock clock;
  private final IdentityService identityService;

  RecordLetterDispatchDelegate(Correspondence correspondence, CaseClock clock, IdentityService identityService) {
    this.correspondence = correspondence;
    this.clock = clock;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var dispatchedOn = ProcessValues.dispatchDate(execution.getVariable(DISPATCHED_ON), clock);
    correspondence.confirmDispatch((String) execution.getVariable(CORRESPONDENCE_ID),
        dispatchedOn.atStartOfDay(clock.zone()).toInstant(), (String) execution.getVariable(DISPATCH_PROOF),
        ProcessValues.actingUser(identityService, "unknown"));
  }
}
