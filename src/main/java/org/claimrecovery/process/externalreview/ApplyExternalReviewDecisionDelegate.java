package org.claimrecovery.process.externalreview;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.externalreview.ExternalReviewVariables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.externalreview.ExternalReview;
import org.claimrecovery.externalreview.ExternalReview.Decision;
import org.claimrecovery.externalreview.ExternalReviewSummaries;
import org.claimrecovery.externalreview.ExternalReviews;
import org.claimrecovery.process.DecisionRefused;
import org.claimrecovery.process.ProcessValues;
import org.claimrecovery.process.RecordedFacts;
import org.claimrecovery.settlement.Settlements;
import org.springframework.stereotype.Component;

/**
 * The reviewer's decision as staff record it (externalReviewDecision, externalReviewDecisionAmount,
 * externalReviewDecidedOn), recorded as the API records it; when overturned sets externalReviewResult OVERTURNED and
 * settlementSummary.
 */
@Component
class ApplyExternalReviewDecisionDelegate implements JavaDelegate {

  private final ExternalReviews reviews;
  private final ExternalReviewSummaries summaries;
  private final Settlements settlements;
  private final CaseClock clock;
  private final IdentityService identityService;

  ApplyExternalReviewDecisionDelegate(ExternalReviews reviews, ExternalReviewSummaries summaries,
      Settlements settlements, CaseClock clock, IdentityService identityService) {
    this.reviews = reviews;
    this.summaries = summaries;
    this.settlements = settlements;
    this.clock = clock;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    Decision decision;
    try {
      decision = Decision.valueOf(String.valueOf(execution.getVariable(EXTERNAL_REVIEW_DECISION)));
    } catch (IllegalArgumentException unknown) {
      throw new DecisionRefused(EXTERNAL_REVIEW_DECISION, "externalReviewDecision must be OVERTURNED or UPHELD.");
    }
    var amount = ProcessValues.amount(execution.getVariable(EXTERNAL_REVIEW_DECISION_AMOUNT));
    var on = RecordedFacts.day(execution, EXTERNAL_REVIEW_DECIDED_ON, clock);
    ExternalReview decided = RecordedFacts.recording(EXTERNAL_REVIEW_DECIDED_ON, () -> reviews.decided(claimId,
        decision, amount, on, RecordedFacts.user(identityService)));
    execution.setVariable(EXTERNAL_REVIEW_DECISION, decided.decision().name());
    if (decided.decision() == Decision.OVERTURNED) {
      execution.setVariable(EXTERNAL_REVIEW_RESULT, "OVERTURNED");
      execution.setVariable("settlementSummary", settlements.summary(claimId));
    }
    execution.setVariable(EXTERNAL_REVIEW_SUMMARY, summaries.of(claimId));
  }
}
