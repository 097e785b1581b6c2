package org.claimrecovery.process.externalreview;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.externalreview.ExternalReviewVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.externalreview.ExternalReviewSummaries;
import org.claimrecovery.externalreview.ExternalReviews;
import org.claimrecovery.process.RecordedFacts;
import org.springframework.stereotype.Component;

/** Opens the external review with its request deadline (EXTERNAL_REVIEW_REQUEST): sets externalReviewSummary. */
@Component
class OpenExternalReviewDelegate implements JavaDelegate {

  private final ExternalReviews reviews;
  private final ExternalReviewSummaries summaries;

  OpenExternalReviewDelegate(ExternalReviews reviews, ExternalReviewSummaries summaries) {
    this.reviews = reviews;
    this.summaries = summaries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    reviews.open(claimId, RecordedFacts.SYSTEM);
    execution.setVariable(EXTERNAL_REVIEW_SUMMARY, summaries.of(claimId));
    // what the internal appeal's forms wrote is not this stage's: nothing pre-fills from it
    execution.removeVariables(List.of(EXTERNAL_REVIEW_GROUNDS, EXTERNAL_REVIEWER, EXTERNAL_REVIEW_CHANNEL,
        EXTERNAL_REVIEW_DECISION, EXTERNAL_REVIEW_DECISION_AMOUNT, EXTERNAL_REVIEW_DECIDED_ON));
  }
}
