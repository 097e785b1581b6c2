package org.claimrecovery.process.negotiation;

import static org.claimrecovery.process.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.negotiation.Negotiations;
import org.springframework.stereotype.Component;

/** Sends the one follow-up letter for our latest unanswered letter (idempotent per case, kind and round). */
@Component
class SendFollowUpDelegate implements JavaDelegate {

  private final Negotiations negotiations;

  SendFollowUpDelegate(Negotiations negotiations) {
    this.negotiations = negotiations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    negotiations.sendFollowUp((String) execution.getVariable(CLAIM_ID));
  }
}
