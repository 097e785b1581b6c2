package org.claimrecovery.process;

import static org.claimrecovery.process.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.negotiation.Negotiations;
import org.claimrecovery.settlement.Settlements;
import org.springframework.stereotype.Component;

/** Records the settlement and its agreed amount (for a bundle, each claim's); the negotiation ends SETTLED. */
@Component
class SettleNegotiationDelegate implements JavaDelegate {

  private final Negotiations negotiations;
  private final Settlements settlements;

  SettleNegotiationDelegate(Negotiations negotiations, Settlements settlements) {
    this.negotiations = negotiations;
    this.settlements = settlements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    var agreed = negotiations.settle(claimId);
    execution.setVariable(NEGOTIATION_RESULT, "SETTLED");
    execution.setVariable(AGREED_AMOUNT, agreed.doubleValue());
    execution.setVariable(SETTLEMENT_SUMMARY, settlements.summary(claimId));
  }
}
