package org.claimrecovery.process.negotiation;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.negotiation.NegotiationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.negotiation.Negotiations;
import org.springframework.stereotype.Component;

/** Starts the claim's negotiation record and prepares what the preparation task shows. */
@Component
class OpenNegotiationDelegate implements JavaDelegate {

  private final Negotiations negotiations;

  OpenNegotiationDelegate(Negotiations negotiations) {
    this.negotiations = negotiations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(PREPARATION_SUMMARY, negotiations.open((String) execution.getVariable(CLAIM_ID)));
  }
}
