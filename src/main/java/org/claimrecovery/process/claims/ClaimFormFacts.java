package org.claimrecovery.process.claims;

import static org.claimrecovery.process.CaseVariables.CASE_HEADLINE;
import static org.claimrecovery.process.claims.ClassificationVariables.PAYMENT_OVERDUE_SUMMARY;
import static org.claimrecovery.process.claims.ClassificationVariables.REVIEW_SUMMARY;

import java.util.Map;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.variable.VariableMap;
import org.claimrecovery.claims.CaseHeadline;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.deadlines.CaseDeadlines;
import org.claimrecovery.process.TaskFormFacts;
import org.claimrecovery.review.InitialPaymentReview;
import org.claimrecovery.review.MissedPaymentNotice;
import org.springframework.stereotype.Component;

/**
 * The case's headline, which every task form opens with, and the claim as its first forms show it when they open:
 * the review of the payer's payment with the deadline that binds it, and the payer's missed deadline to pay or deny.
 */
@Component
class ClaimFormFacts implements TaskFormFacts {

  private final ClaimRepository claims;
  private final CaseDeadlines deadlines;
  private final InitialPaymentReview review;

  ClaimFormFacts(ClaimRepository claims, CaseDeadlines deadlines, InitialPaymentReview review) {
    this.claims = claims;
    this.deadlines = deadlines;
    this.review = review;
  }

  @Override
  public Map<String, BiFunction<String, VariableMap, Object>> byVariable() {
    return Map.of(
        CASE_HEADLINE, (claimId, stored) -> CaseHeadline.of(claim(claimId), deadlines.nextOpenDeadline(claimId)),
        REVIEW_SUMMARY, (claimId, stored) -> review.summary(claim(claimId), deadlines.currentProviderDeadline(claimId)),
        PAYMENT_OVERDUE_SUMMARY, (claimId, stored) -> MissedPaymentNotice.summary(claim(claimId),
            deadlines.payerClaimDecision(claimId)));
  }

  private Claim claim(String claimId) {
    return claims.findById(claimId).orElseThrow();
  }
}
