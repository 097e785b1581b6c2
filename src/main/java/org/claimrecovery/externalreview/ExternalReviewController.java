package org.claimrecovery.externalreview;

import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.refusal.RequestRejected;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/claims/{id}/external-review}: the claim's external review. */
@RestController
class ExternalReviewController {

  private final ExternalReviews reviews;
  private final ClaimRepository claims;

  ExternalReviewController(ExternalReviews reviews, ClaimRepository claims) {
    this.reviews = reviews;
    this.claims = claims;
  }

  @GetMapping("/api/claims/{id}/external-review")
  ExternalReview externalReview(@PathVariable String id) {
    if (claims.findById(id).isEmpty()) {
      throw RequestRejected.notFound("Claim " + id);
    }
    return reviews.of(id).orElseThrow(() -> RequestRejected.notFound("External review of claim " + id));
  }
}
