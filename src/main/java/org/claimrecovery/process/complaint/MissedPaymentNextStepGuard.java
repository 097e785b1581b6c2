package org.claimrecovery.process.complaint;

import static org.claimrecovery.process.CaseVariables.CLAIM_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.claimrecovery.complaint.RegulatorComplaints;
import org.claimrecovery.process.DecisionRefused;
import org.claimrecovery.process.RecordedFacts;
import org.springframework.stereotype.Component;

/**
 * On completing followUpMissedSettlementPayment: the next step (missedPaymentNextStep) is WAIT or COMPLAIN, and a
 * complaint needs a regulator for the claim in rules/regulators.yaml; refused otherwise (400, the task stays).
 */
@Component
class MissedPaymentNextStepGuard implements TaskListener {

  static final String NEXT_STEP = "missedPaymentNextStep";

  private final RegulatorComplaints complaints;

  MissedPaymentNextStepGuard(RegulatorComplaints complaints) {
    this.complaints = complaints;
  }

  @Override
  public void notify(DelegateTask task) {
    Object step = task.getVariable(NEXT_STEP);
    if (!"WAIT".equals(step) && !"COMPLAIN".equals(step)) {
      throw new DecisionRefused(NEXT_STEP, "Choose the next step: keep watching for the payment, or complain to the "
          + "regulator.");
    }
    if ("COMPLAIN".equals(step)) {
      RecordedFacts.recording(NEXT_STEP, () -> {
        complaints.requireRegulator((String) task.getVariable(CLAIM_ID), NEXT_STEP);
        return null;
      });
    }
  }
}
