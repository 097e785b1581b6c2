package org.claimrecovery.process.negotiation;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.negotiation.NegotiationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.negotiation.NegotiationOutcomes;
import org.claimrecovery.negotiation.Negotiations;
import org.springframework.stereotype.Component;

/**
 * Ends the negotiation as FAILED because its period ran out without a settlement: the NSA's open negotiation
 * period, or outside federal IDR the payer window (bounded by the next stage's filing deadline).
 */
@Component
class FailNegotiationDelegate implements JavaDelegate {

  static final String PERIOD_ENDED = "OPEN_NEGOTIATION_PERIOD_ENDED";
  static final String WINDOW_ENDED = "NEGOTIATION_WINDOW_ENDED";

  private final Negotiations negotiations;
  private final NegotiationOutcomes outcomes;

  FailNegotiationDelegate(Negotiations negotiations, NegotiationOutcomes outcomes) {
    this.negotiations = negotiations;
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    outcomes.fail(claimId, negotiations.outsideFederalIdr(claimId) ? WINDOW_ENDED : PERIOD_ENDED);
    execution.setVariable(NEGOTIATION_RESULT, "FAILED");
  }
}
