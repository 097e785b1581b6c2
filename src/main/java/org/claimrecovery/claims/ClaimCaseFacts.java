package org.claimrecovery.claims;

import java.time.LocalDate;
import java.util.Optional;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.deadlines.CaseClosure;
import org.claimrecovery.deadlines.CaseFacts;
import org.claimrecovery.deadlines.CaseFactsSource;
import org.springframework.stereotype.Component;

/**
 * A claim's pathway, jurisdiction, plan, care, dated events and closing: what its deadlines are computed from.
 */
@Component
class ClaimCaseFacts implements CaseFactsSource {

  private final ClaimRepository claims;
  private final CaseClock clock;

  ClaimCaseFacts(ClaimRepository claims, CaseClock clock) {
    this.claims = claims;
    this.clock = clock;
  }

  @Override
  public Optional<CaseFacts> factsOf(String claimId) {
    return claims.ruleScopeOf(claimId).map(scope -> new CaseFacts(scope.pathway(), scope.jurisdiction(),
        scope.planType(), scope.serviceCategory(), scope.billedAs(), claims.events(claimId),
        claims.closingOf(claimId).map(closing -> new CaseClosure(
            LocalDate.ofInstant(closing.closedAt(), clock.zone()), closing.outcome())).orElse(null)));
  }
}
