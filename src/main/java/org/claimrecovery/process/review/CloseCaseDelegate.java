package org.claimrecovery.process.review;

import static org.claimrecovery.process.CaseVariables.CLAIM_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.review.InitialPaymentReview;
import org.springframework.stereotype.Component;

/** Closes a case whose initial payment was accepted. */
@Component
class CloseCaseDelegate implements JavaDelegate {

  private final InitialPaymentReview review;

  CloseCaseDelegate(InitialPaymentReview review) {
    this.review = review;
  }

  @Override
  public void execute(DelegateExecution execution) {
    review.closeAccepted((String) execution.getVariable(CLAIM_ID));
  }
}
