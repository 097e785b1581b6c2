package org.claimrecovery.idr;

import java.time.LocalDate;
import java.util.Optional;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.deadlines.CaseDeadlines;
import org.claimrecovery.deadlines.CaseEvents;
import org.claimrecovery.deadlines.Deadline;
import org.springframework.stereotype.Component;

/**
 * When a claim's federal IDR may be initiated: the 4 business days after its open negotiation period
 * (IDR_INITIATION), or, for a claim another claim's determination held back, the 30 business days after that
 * cooling-off period ended (COOLING_OFF_INITIATION, 45 CFR 149.510(c)(4)(vi)).
 */
@Component
public class IdrInitiationWindow {

  private final ClaimRepository claims;
  private final CaseDeadlines deadlines;

  IdrInitiationWindow(ClaimRepository claims, CaseDeadlines deadlines) {
    this.claims = claims;
    this.deadlines = deadlines;
  }

  /** The window's deadline: its due day is the last day to initiate. */
  public Optional<Deadline> of(String claimId) {
    return deadlines.find(claimId, coolingOffEnded(claimId).isPresent() ? "COOLING_OFF_INITIATION" : "IDR_INITIATION");
  }

  /** The first day an initiation may be dated. */
  public Optional<LocalDate> opensOn(String claimId) {
    return coolingOffEnded(claimId).or(() -> deadlines.find(claimId, "OPEN_NEGOTIATION_PERIOD_END")
        .map(Deadline::dueOn)).map(lastDayBefore -> lastDayBefore.plusDays(1));
  }

  /** How the window is counted, with its source. */
  public String rule(String claimId) {
    return coolingOffEnded(claimId)
        .map(ended -> "30 business days after the cooling-off period that held this claim back ended on " + ended
            + " (45 CFR 149.510(c)(4)(vi))")
        .orElse("4 business days beginning on the 31st business day after open negotiation began "
            + "(45 CFR 149.510(b)(2)(i))");
  }

  private Optional<LocalDate> coolingOffEnded(String claimId) {
    return Optional.ofNullable(claims.events(claimId).get(CaseEvents.COOLING_OFF_ENDED));
  }
}
