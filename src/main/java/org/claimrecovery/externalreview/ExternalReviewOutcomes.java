package org.claimrecovery.externalreview;

import java.util.Optional;
import org.claimrecovery.claims.DisputeOutcomes;
import org.claimrecovery.externalreview.ExternalReview.Decision;
import org.claimrecovery.externalreview.ExternalReview.Status;
import org.claimrecovery.settlement.ExpectedPayment;
import org.claimrecovery.settlement.PaymentSource;
import org.claimrecovery.settlement.Settlements;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The outcome of a claim's external review once decided or missed: WON when the reviewer overturned the final
 * internal adverse determination, LOST when it upheld it, MISSED when the request window closed. Ordered before the
 * internal appeal's outcome: external review comes after it, so its outcome is the case's latest.
 */
@Component
@Order(DisputeOutcomes.LATER_MECHANISM)
class ExternalReviewOutcomes implements DisputeOutcomes {

  private final ExternalReviews reviews;
  private final Settlements settlements;

  ExternalReviewOutcomes(ExternalReviews reviews, Settlements settlements) {
    this.reviews = reviews;
    this.settlements = settlements;
  }

  @Override
  public Optional<DisputeOutcome> of(String claimId) {
    var found = reviews.of(claimId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    var review = found.get();
    var owed = settlements.of(claimId)
        .filter(payment -> payment.source() == PaymentSource.EXTERNAL_REVIEW_DECISION);
    String result = review.status() == Status.MISSED ? "MISSED"
        : review.decision() == Decision.OVERTURNED ? "WON"
        : review.decision() == Decision.UPHELD ? "LOST"
        : null;
    if (result == null) {
      return Optional.empty();
    }
    return Optional.of(new DisputeOutcome("EXTERNAL_REVIEW", result,
        owed.map(ExpectedPayment::amount).orElse(review.decidedAmount()),
        owed.map(ExpectedPayment::recoveredAmount).orElse(null), null, review.decidedOn(), review.reviewer(), null));
  }
}
