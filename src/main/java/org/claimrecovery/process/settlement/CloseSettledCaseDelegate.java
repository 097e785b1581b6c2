package org.claimrecovery.process.settlement;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.settlement.SettlementVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.settlement.Settlements;
import org.springframework.stereotype.Component;

/** Closes a settled and paid case with its outcome and recovered amount (paid minus the initial payment). */
@Component
class CloseSettledCaseDelegate implements JavaDelegate {

  private final Settlements settlements;

  CloseSettledCaseDelegate(Settlements settlements) {
    this.settlements = settlements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var recovered = settlements.close((String) execution.getVariable(CLAIM_ID));
    execution.setVariable(RECOVERED_AMOUNT, recovered.doubleValue());
  }
}
