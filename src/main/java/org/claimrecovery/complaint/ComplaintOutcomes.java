package org.claimrecovery.complaint;

import java.util.Optional;
import org.claimrecovery.claims.DisputeOutcomes;
import org.claimrecovery.complaint.RegulatorComplaint.Result;
import org.claimrecovery.complaint.RegulatorComplaint.Status;
import org.claimrecovery.settlement.ExpectedPayment;
import org.claimrecovery.settlement.PaymentSource;
import org.claimrecovery.settlement.Settlements;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The outcome of a complaint made after a dispute decided against us: WON (the regulator found an amount owed),
 * JUSTIFIED (found against the payer, nothing owed) or NOT_JUSTIFIED. It follows every other mechanism, so it is
 * ordered before them. A complaint that runs beside the case (an unpaid amount, a missed deadline of the payer's)
 * changes no outcome.
 */
@Component
@Order(DisputeOutcomes.LATER_MECHANISM - 5)
class ComplaintOutcomes implements DisputeOutcomes {

  private final RegulatorComplaints complaints;
  private final Settlements settlements;

  ComplaintOutcomes(RegulatorComplaints complaints, Settlements settlements) {
    this.complaints = complaints;
    this.settlements = settlements;
  }

  @Override
  public Optional<DisputeOutcome> of(String claimId) {
    var found = complaints.of(claimId).filter(complaint -> complaint.cause().isTheCasesNextStep()
        && complaint.status() == Status.RESOLVED);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    var complaint = found.get();
    String result = complaint.amountOwed() != null ? "WON"
        : complaint.result() == Result.JUSTIFIED ? "JUSTIFIED" : "NOT_JUSTIFIED";
    var owed = settlements.of(claimId).filter(payment -> payment.source() == PaymentSource.REGULATOR_COMPLAINT);
    return Optional.of(new DisputeOutcome("REGULATOR_COMPLAINT", result,
        owed.map(ExpectedPayment::amount).orElse(complaint.amountOwed()),
        owed.map(ExpectedPayment::recoveredAmount).orElse(null), null, complaint.resolvedOn(), complaint.reference(),
        null));
  }
}
