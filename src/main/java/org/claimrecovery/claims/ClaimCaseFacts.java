package org.claimrecovery.claims;

import java.util.Optional;
import org.claimrecovery.deadlines.CaseFacts;
import org.claimrecovery.deadlines.CaseFactsSource;
import org.springframework.stereotype.Component;

/** A claim's pathway, state law and dated events: what its deadlines are computed from. */
@Component
class ClaimCaseFacts implements CaseFactsSource {

  private final ClaimRepository claims;

  ClaimCaseFacts(ClaimRepository claims) {
    this.claims = claims;
  }

  @Override
  public Optional<CaseFacts> factsOf(String claimId) {
    return claims.classificationOf(claimId).map(classification ->
        new CaseFacts(classification.pathway(), classification.stateLaw(), claims.events(claimId)));
  }
}
