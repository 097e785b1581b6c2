package org.claimrecovery.externalreview;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.claimrecovery.caseevents.CaseEventHandler;
import org.claimrecovery.caseevents.EventFields;
import org.claimrecovery.externalreview.ExternalReview.Decision;
import org.claimrecovery.settlement.Settlements;
import org.springframework.stereotype.Component;

/**
 * External review facts from outside (a reviewer's portal, a clearinghouse, a person with a script): each goes
 * through {@link ExternalReviews}, as the same fact recorded in Tasklist does.
 */
@Component
class ExternalReviewEvents implements CaseEventHandler {

  /** BPMN messages of bpmn/external-review.bpmn, one per event type. */
  static final Map<String, String> MESSAGES = Map.of(
      "EXTERNAL_REVIEW_REQUESTED", "ExternalReviewRequested",
      "EXTERNAL_REVIEW_DECISION", "ExternalReviewDecision");

  private final ExternalReviews reviews;
  private final ExternalReviewSummaries summaries;
  private final Settlements settlements;

  ExternalReviewEvents(ExternalReviews reviews, ExternalReviewSummaries summaries, Settlements settlements) {
    this.reviews = reviews;
    this.summaries = summaries;
    this.settlements = settlements;
  }

  @Override
  public Set<String> types() {
    return MESSAGES.keySet();
  }

  @Override
  public Recorded record(String claimId, String type, EventFields fields, String user) {
    var on = fields.date("on");
    ExternalReview review = switch (type) {
      case "EXTERNAL_REVIEW_REQUESTED" -> {
        fields.throwIfInvalid();
        yield reviews.requested(claimId, on, user);
      }
      case "EXTERNAL_REVIEW_DECISION" -> {
        var decision = fields.oneOf("decision", Decision.class);
        var amount = fields.has("amount") ? fields.amount("amount") : null;
        fields.throwIfInvalid();
        yield reviews.decided(claimId, decision, amount, on, user);
      }
      default -> throw new IllegalArgumentException("not an external review event: " + type);
    };
    // the process waits for this message; the variables are what its next steps read
    Map<String, Object> variables = new HashMap<>();
    variables.put("externalReviewSummary", summaries.of(claimId));
    if (review.decision() != null) {
      variables.put("externalReviewDecision", review.decision().name());
      if (review.decision() == Decision.OVERTURNED) {
        variables.put("externalReviewResult", "OVERTURNED");
        // what the payment watch's tasks show
        variables.put("settlementSummary", settlements.summary(claimId));
      }
    }
    return new Recorded(MESSAGES.get(type), variables, review);
  }
}
