package org.claimrecovery.process.negotiation;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.negotiation.NegotiationVariables.*;
import static org.claimrecovery.process.settlement.SettlementVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.negotiation.NegotiationOutcomes;
import org.claimrecovery.settlement.Settlements;
import org.springframework.stereotype.Component;

/** Records the settlement and its agreed amount (for a bundle, each claim's); the negotiation ends SETTLED. */
@Component
class SettleNegotiationDelegate implements JavaDelegate {

  private final NegotiationOutcomes outcomes;
  private final Settlements settlements;

  SettleNegotiationDelegate(NegotiationOutcomes outcomes, Settlements settlements) {
    this.outcomes = outcomes;
    this.settlements = settlements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    var agreed = outcomes.settle(claimId);
    execution.setVariable(NEGOTIATION_RESULT, "SETTLED");
    execution.setVariable(AGREED_AMOUNT, agreed.doubleValue());
    execution.setVariable(SETTLEMENT_SUMMARY, settlements.summary(claimId));
  }
}
