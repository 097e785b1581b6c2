package org.claimrecovery.process.complaint;

import static org.claimrecovery.process.CaseVariables.CLAIM_ID;
import static org.claimrecovery.process.CaseVariables.COMPLAINT_CAUSE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.claimrecovery.complaint.RegulatorComplaint.Cause;
import org.claimrecovery.complaint.RegulatorComplaints;
import org.claimrecovery.process.DecisionRefused;
import org.claimrecovery.process.RecordedFacts;

/**
 * On completing a task where a supervisor chooses the next step about a payer's missed payment (missedPaymentNextStep):
 * WAIT or COMPLAIN, and a complaint needs a regulator for the claim in rules/regulators.yaml; refused otherwise (400,
 * the task stays). A complaint is made for the guard's cause (complaintCause).
 */
abstract class NextStepGuard implements TaskListener {

  static final String NEXT_STEP = "missedPaymentNextStep";

  private final RegulatorComplaints complaints;
  private final Cause cause;

  NextStepGuard(RegulatorComplaints complaints, Cause cause) {
    this.complaints = complaints;
    this.cause = cause;
  }

  @Override
  public void notify(DelegateTask task) {
    Object step = task.getVariable(NEXT_STEP);
    if (!"WAIT".equals(step) && !"COMPLAIN".equals(step)) {
      throw new DecisionRefused(NEXT_STEP, "Choose the next step: keep waiting for the payment, or complain to the "
          + "regulator.");
    }
    if ("COMPLAIN".equals(step)) {
      RecordedFacts.recording(NEXT_STEP, () -> {
        complaints.requireRegulator((String) task.getVariable(CLAIM_ID), NEXT_STEP);
        return null;
      });
      task.getExecution().setVariable(COMPLAINT_CAUSE, cause.name());
    }
  }
}
