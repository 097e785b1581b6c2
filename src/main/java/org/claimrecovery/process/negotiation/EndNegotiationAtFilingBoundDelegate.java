package org.claimrecovery.process.negotiation;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.negotiation.NegotiationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.negotiation.NegotiationOutcomes;
import org.springframework.stereotype.Component;

/**
 * Ends a negotiation outside federal IDR, whatever its state, at its filing bound (a configured margin before
 * INTERNAL_APPEAL_FILING, or before the state process's own deadline): FAILED, the case goes on.
 */
@Component
class EndNegotiationAtFilingBoundDelegate implements JavaDelegate {

  private final NegotiationOutcomes outcomes;

  EndNegotiationAtFilingBoundDelegate(NegotiationOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    outcomes.endAtFilingBound((String) execution.getVariable(CLAIM_ID));
    execution.setVariable(NEGOTIATION_RESULT, "FAILED");
  }
}
