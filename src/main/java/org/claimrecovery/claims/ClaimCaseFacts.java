package org.claimrecovery.claims;

import java.util.Optional;
import org.claimrecovery.deadlines.CaseFacts;
import org.claimrecovery.deadlines.CaseFactsSource;
import org.springframework.stereotype.Component;

/** A claim's pathway, jurisdiction, plan, care and dated events: what its deadlines are computed from. */
@Component
class ClaimCaseFacts implements CaseFactsSource {

  private final ClaimRepository claims;

  ClaimCaseFacts(ClaimRepository claims) {
    this.claims = claims;
  }

  @Override
  public Optional<CaseFacts> factsOf(String claimId) {
    return claims.ruleScopeOf(claimId).map(scope -> new CaseFacts(scope.pathway(), scope.jurisdiction(),
        scope.planType(), scope.serviceCategory(), scope.billedAs(), claims.events(claimId)));
  }
}
