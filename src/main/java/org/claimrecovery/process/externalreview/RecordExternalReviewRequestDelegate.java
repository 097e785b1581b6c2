package org.claimrecovery.process.externalreview;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.externalreview.ExternalReviewVariables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.correspondence.Correspondence;
import org.claimrecovery.externalreview.ExternalReviewSummaries;
import org.claimrecovery.externalreview.ExternalReviews;
import org.claimrecovery.process.RecordedFacts;
import org.springframework.stereotype.Component;

/**
 * A person submitted the request package to the reviewer: the ledger keeps the day and proof, and that day is
 * EXTERNAL_REVIEW_REQUESTED.
 */
@Component
class RecordExternalReviewRequestDelegate implements JavaDelegate {

  private final Correspondence correspondence;
  private final ExternalReviews reviews;
  private final ExternalReviewSummaries summaries;
  private final CaseClock clock;
  private final IdentityService identityService;

  RecordExternalReviewRequestDelegate(Correspondence correspondence, ExternalReviews reviews,
      ExternalReviewSummaries summaries, CaseClock clock, IdentityService identityService) {
    this.correspondence = correspondence;
    this.reviews = reviews;
    this.summaries = summaries;
    this.clock = clock;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    var requestedOn = RecordedFacts.day(execution, EXTERNAL_REVIEW_REQUESTED_ON, clock);
    String user = RecordedFacts.user(identityService);
    RecordedFacts.recording(EXTERNAL_REVIEW_REQUESTED_ON, () -> reviews.requested(claimId, requestedOn, user));
    correspondence.confirmDispatch((String) execution.getVariable(EXTERNAL_REVIEW_REQUEST_ID),
        requestedOn.atStartOfDay(clock.zone()).toInstant(), (String) execution.getVariable(EXTERNAL_REVIEW_REQUEST_PROOF),
        user);
    execution.setVariable(EXTERNAL_REVIEW_SUMMARY, summaries.of(claimId));
  }
}
