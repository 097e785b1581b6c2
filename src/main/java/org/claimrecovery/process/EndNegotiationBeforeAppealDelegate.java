package org.claimrecovery.process;

import static org.claimrecovery.process.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.negotiation.Negotiations;
import org.springframework.stereotype.Component;

/**
 * Ends a negotiation outside the NSA, whatever its state, when the appeal bound is reached (a configured margin
 * before INTERNAL_APPEAL_FILING): FAILED with reason APPEAL_FILING_MARGIN_REACHED, the case goes on.
 */
@Component
class EndNegotiationBeforeAppealDelegate implements JavaDelegate {

  static final String APPEAL_MARGIN_REACHED = "APPEAL_FILING_MARGIN_REACHED";

  private final Negotiations negotiations;

  EndNegotiationBeforeAppealDelegate(Negotiations negotiations) {
    this.negotiations = negotiations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    negotiations.fail((String) execution.getVariable(CLAIM_ID), APPEAL_MARGIN_REACHED);
    execution.setVariable(NEGOTIATION_RESULT, "FAILED");
  }
}
