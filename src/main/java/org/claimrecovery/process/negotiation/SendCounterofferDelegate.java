package org.claimrecovery.process.negotiation;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.negotiation.NegotiationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.negotiation.Negotiations;
import org.claimrecovery.process.ProcessValues;
import org.springframework.stereotype.Component;

/** Sends our counteroffer as the next round, through the channel the notice used (idempotent per round). */
@Component
class SendCounterofferDelegate implements JavaDelegate {

  private final Negotiations negotiations;

  SendCounterofferDelegate(Negotiations negotiations) {
    this.negotiations = negotiations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    negotiations.sendCounteroffer((String) execution.getVariable(CLAIM_ID),
        ProcessValues.amount(execution.getVariable(COUNTER_AMOUNT)));
  }
}
