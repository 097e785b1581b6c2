package org.claimrecovery.process.externalreview;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.externalreview.ExternalReviewVariables.*;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.externalreview.ExternalReviewSummaries;
import org.claimrecovery.externalreview.ExternalReviews;
import org.claimrecovery.process.RecordedFacts;
import org.springframework.stereotype.Component;

/**
 * The request deadline passed with nothing requested: records it with who held the work then (the assignee of the
 * latest request task, from the history) and closes the case (externalReviewResult MISSED).
 */
@Component
class RecordMissedExternalReviewRequestDelegate implements JavaDelegate {

  private final ExternalReviews reviews;
  private final ExternalReviewSummaries summaries;
  private final HistoryService history;

  RecordMissedExternalReviewRequestDelegate(ExternalReviews reviews, ExternalReviewSummaries summaries,
      HistoryService history) {
    this.reviews = reviews;
    this.summaries = summaries;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    var heldBy = RecordedFacts.heldBy(history, execution.getProcessInstanceId(), "prepareExternalReview", "submitExternalReviewRequest");
    reviews.requestMissed(claimId, heldBy, RecordedFacts.SYSTEM);
    execution.setVariable(EXTERNAL_REVIEW_RESULT, "MISSED");
    execution.setVariable(EXTERNAL_REVIEW_SUMMARY, summaries.of(claimId));
  }
}
