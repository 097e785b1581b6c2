package org.claimrecovery.process.idr;

import static org.claimrecovery.process.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.idr.IdrInitiationLetters;
import org.springframework.stereotype.Component;

/**
 * Sends the notice of IDR initiation to the payer, where the open negotiation notice went (idempotent by case, kind
 * IDR_INITIATION_NOTICE and round 0). Without a signer configured the job fails with an incident naming the setting.
 */
@Component
class SendIdrInitiationNoticeDelegate implements JavaDelegate {

  private final IdrInitiationLetters letters;

  SendIdrInitiationNoticeDelegate(IdrInitiationLetters letters) {
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letters.send((String) execution.getVariable(CLAIM_ID));
  }
}
