package org.claimrecovery.statedispute;

import java.util.Optional;
import org.claimrecovery.claims.DisputeOutcomes;
import org.claimrecovery.settlement.ExpectedPayment;
import org.claimrecovery.settlement.PaymentSource;
import org.claimrecovery.settlement.Settlements;
import org.claimrecovery.statedispute.StateDispute.Decision;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The outcome of a claim's state dispute once settled, decided or missed: WON, SETTLED, LOST or MISSED. A state
 * dispute follows no other mechanism on its case but a negotiation, so it is ordered with the later mechanisms.
 */
@Component
@Order(DisputeOutcomes.LATER_MECHANISM)
class StateDisputeOutcomes implements DisputeOutcomes {

  private final StateDisputes disputes;
  private final Settlements settlements;

  StateDisputeOutcomes(StateDisputes disputes, Settlements settlements) {
    this.disputes = disputes;
    this.settlements = settlements;
  }

  @Override
  public Optional<DisputeOutcome> of(String claimId) {
    var found = disputes.of(claimId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    var dispute = found.get();
    String result = switch (dispute.status()) {
      case MISSED -> "MISSED";
      case SETTLED -> "SETTLED";
      case DECIDED -> dispute.decision() == Decision.WON ? "WON" : "LOST";
      case PREPARING, FILED -> null;
    };
    if (result == null) {
      return Optional.empty();
    }
    var owed = settlements.of(claimId).filter(payment -> payment.source() == PaymentSource.STATE_DISPUTE_AWARD
        || payment.source() == PaymentSource.STATE_DISPUTE_SETTLEMENT);
    return Optional.of(new DisputeOutcome("STATE_DISPUTE", result,
        owed.map(ExpectedPayment::amount).orElse(dispute.decidedAmount()),
        owed.map(ExpectedPayment::recoveredAmount).orElse(null), null, dispute.decidedOn(), dispute.reference(), null));
  }
}
