package org.claimrecovery.process;

import static org.claimrecovery.process.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.negotiation.Negotiations;
import org.springframework.stereotype.Component;

/** Closes a settled and paid case with its outcome and recovered amount (paid minus the initial payment). */
@Component
class CloseSettledCaseDelegate implements JavaDelegate {

  private final Negotiations negotiations;

  CloseSettledCaseDelegate(Negotiations negotiations) {
    this.negotiations = negotiations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var recovered = negotiations.closeSettled((String) execution.getVariable(CLAIM_ID));
    execution.setVariable(RECOVERED_AMOUNT, recovered.doubleValue());
  }
}
