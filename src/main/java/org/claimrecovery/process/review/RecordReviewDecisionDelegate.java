package org.claimrecovery.process.review;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.review.ReviewVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.review.InitialPaymentReview;
import org.springframework.stereotype.Component;

/** Writes the review decision onto the claim, where the API and auditors see it. */
@Component
class RecordReviewDecisionDelegate implements JavaDelegate {

  private final InitialPaymentReview review;

  RecordReviewDecisionDelegate(InitialPaymentReview review) {
    this.review = review;
  }

  @Override
  public void execute(DelegateExecution execution) {
    review.record((String) execution.getVariable(CLAIM_ID), (String) execution.getVariable(DECISION),
        (String) execution.getVariable(ACCEPT_REASON), (String) execution.getVariable(REVIEW_NOTE),
        (String) execution.getVariable(REVIEWED_BY));
  }
}
