package org.claimrecovery.idr;

import java.util.Optional;
import org.claimrecovery.claims.DisputeOutcomes;
import org.claimrecovery.settlement.ExpectedPayment;
import org.claimrecovery.settlement.Settlements;
import org.springframework.stereotype.Component;

/** The outcome of a claim's federal IDR dispute, once it has one, with what its payment recovered. */
@Component
class IdrDisputeOutcomes implements DisputeOutcomes {

  private final IdrDisputeRepository disputes;
  private final Settlements settlements;

  IdrDisputeOutcomes(IdrDisputeRepository disputes, Settlements settlements) {
    this.disputes = disputes;
    this.settlements = settlements;
  }

  @Override
  public Optional<DisputeOutcome> of(String claimId) {
    return disputes.find(claimId).filter(dispute -> dispute.result() != null).map(dispute -> new DisputeOutcome(
        "FEDERAL_IDR", dispute.result().name(), dispute.decidedAmount(),
        settlements.of(claimId).map(ExpectedPayment::recoveredAmount).orElse(null), dispute.feesPaid(),
        dispute.decidedOn(), dispute.disputeNumber(), dispute.entityFeeOwed()));
  }
}
