package org.claimrecovery.appeal;

import java.util.Optional;
import org.claimrecovery.appeal.AppealLevel.Decision;
import org.claimrecovery.claims.DisputeOutcomes;
import org.claimrecovery.settlement.ExpectedPayment;
import org.claimrecovery.settlement.PaymentSource;
import org.claimrecovery.settlement.Settlements;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The outcome of a claim's internal appeal once its last level is decided: WON when the payer overturned its
 * determination (in full, or in a part we accepted), LOST when the final level upheld it or the payer let its
 * deadline pass (external review may follow), MISSED when the filing window closed. Ordered after external review
 * (DisputeOutcomes.EARLIER_MECHANISM): once that has an outcome, it is the case's.
 */
@Component
@Order(DisputeOutcomes.EARLIER_MECHANISM)
class AppealOutcomes implements DisputeOutcomes {

  private final InternalAppeals appeals;
  private final Settlements settlements;

  AppealOutcomes(InternalAppeals appeals, Settlements settlements) {
    this.appeals = appeals;
    this.settlements = settlements;
  }

  @Override
  public Optional<DisputeOutcome> of(String claimId) {
    var levels = appeals.levels(claimId);
    if (levels.isEmpty()) {
      return Optional.empty();
    }
    var last = levels.get(levels.size() - 1);
    var owed = settlements.of(claimId).filter(payment -> payment.source() == PaymentSource.APPEAL_DECISION);
    String result = last.status() == AppealLevel.Status.MISSED ? "MISSED"
        : owed.isPresent() ? "WON"
        : last.decision() == Decision.UPHELD && last.lastLevel() || last.decision() == Decision.NO_DECISION ? "LOST"
        : null;
    if (result == null) {
      return Optional.empty();
    }
    return Optional.of(new DisputeOutcome("INTERNAL_APPEAL", result,
        owed.map(ExpectedPayment::amount).orElse(last.decidedAmount()),
        owed.map(ExpectedPayment::recoveredAmount).orElse(null), null, last.decidedOn(), "level " + last.level(),
        null));
  }
}
