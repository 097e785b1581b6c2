package org.claimrecovery.process.complaint;

import org.claimrecovery.complaint.RegulatorComplaint.Cause;
import org.claimrecovery.complaint.RegulatorComplaints;
import org.springframework.stereotype.Component;

/** The next step on followUpMissedSettlementPayment: a complaint about the unpaid amount (UNPAID_AMOUNT). */
@Component
class MissedPaymentNextStepGuard extends NextStepGuard {

  MissedPaymentNextStepGuard(RegulatorComplaints complaints) {
    super(complaints, Cause.UNPAID_AMOUNT);
  }
}
