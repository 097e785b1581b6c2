package org.claimrecovery.process.complaint;

import org.claimrecovery.complaint.RegulatorComplaint.Cause;
import org.claimrecovery.complaint.RegulatorComplaints;
import org.springframework.stereotype.Component;

/**
 * The next step on handleMissedInitialPayment: a complaint about the payer's missed deadline for its initial payment
 * or denial (PAYER_MISSED_DEADLINE).
 */
@Component
class MissedInitialPaymentNextStepGuard extends NextStepGuard {

  MissedInitialPaymentNextStepGuard(RegulatorComplaints complaints) {
    super(complaints, Cause.PAYER_MISSED_DEADLINE);
  }
}
