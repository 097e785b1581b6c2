package org.claimrecovery.process.externalreview;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.externalreview.ExternalReviewVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.externalreview.ExternalReviewRequests;
import org.claimrecovery.externalreview.ExternalReviewSummaries;
import org.springframework.stereotype.Component;

/**
 * Puts the request package in the outbox (idempotent by case, kind EXTERNAL_REVIEW_REQUEST and round 0): sets
 * externalReviewRequestId for the person who sends it.
 */
@Component
class SendExternalReviewRequestDelegate implements JavaDelegate {

  private final ExternalReviewRequests requests;
  private final ExternalReviewSummaries summaries;

  SendExternalReviewRequestDelegate(ExternalReviewRequests requests, ExternalReviewSummaries summaries) {
    this.requests = requests;
    this.summaries = summaries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    var request = requests.send(claimId);
    execution.setVariable(EXTERNAL_REVIEW_REQUEST_ID, request.id());
    execution.setVariable(EXTERNAL_REVIEW_SUMMARY, summaries.of(claimId));
  }
}
