package org.claimrecovery.process;

import static org.claimrecovery.process.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.negotiation.Negotiations;
import org.springframework.stereotype.Component;

/** Ends the negotiation as FAILED because the open negotiation period ran out without a settlement. */
@Component
class FailNegotiationDelegate implements JavaDelegate {

  static final String PERIOD_ENDED = "OPEN_NEGOTIATION_PERIOD_ENDED";

  private final Negotiations negotiations;

  FailNegotiationDelegate(Negotiations negotiations) {
    this.negotiations = negotiations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    negotiations.fail((String) execution.getVariable(CLAIM_ID), PERIOD_ENDED);
    execution.setVariable(NEGOTIATION_RESULT, "FAILED");
  }
}
