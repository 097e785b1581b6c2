package org.claimrecovery.process.externalreview;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.externalreview.ExternalReviewVariables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.claimrecovery.correspondence.Channel;
import org.claimrecovery.externalreview.ExternalReviews;
import org.claimrecovery.process.DecisionRefused;
import org.claimrecovery.process.RecordedFacts;
import org.springframework.stereotype.Component;

/**
 * On completing prepareExternalReview: records the grounds, the reviewer and the channel; refuses (400, the task
 * stays) without grounds or reviewer.
 */
@Component
class PrepareExternalReviewGuard implements TaskListener {

  private final ExternalReviews reviews;
  private final IdentityService identityService;

  PrepareExternalReviewGuard(ExternalReviews reviews, IdentityService identityService) {
    this.reviews = reviews;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    String claimId = (String) task.getVariable(CLAIM_ID);
    Channel channel;
    try {
      Object chosen = task.getVariable(EXTERNAL_REVIEW_CHANNEL);
      channel = chosen == null || chosen.toString().isBlank() ? Channel.MAIL : Channel.valueOf(chosen.toString());
    } catch (IllegalArgumentException unknown) {
      throw new DecisionRefused(EXTERNAL_REVIEW_CHANNEL, "externalReviewChannel must be MAIL or REVIEW_PORTAL.");
    }
    RecordedFacts.recording(EXTERNAL_REVIEW_GROUNDS, () -> reviews.prepared(claimId,
        text(task.getVariable(EXTERNAL_REVIEW_GROUNDS)), text(task.getVariable(EXTERNAL_REVIEWER)), channel,
        RecordedFacts.user(identityService)));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
