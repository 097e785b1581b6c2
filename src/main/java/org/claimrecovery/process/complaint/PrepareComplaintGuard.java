package org.claimrecovery.process.complaint;

import static org.claimrecovery.process.CaseVariables.CLAIM_ID;
import static org.claimrecovery.process.complaint.ComplaintVariables.COMPLAINT_GROUNDS;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.claimrecovery.complaint.RegulatorComplaints;
import org.claimrecovery.process.RecordedFacts;
import org.springframework.stereotype.Component;

/** On completing prepareComplaint: records the grounds; refuses (400, the task stays) without them. */
@Component
class PrepareComplaintGuard implements TaskListener {

  private final RegulatorComplaints complaints;
  private final IdentityService identityService;

  PrepareComplaintGuard(RegulatorComplaints complaints, IdentityService identityService) {
    this.complaints = complaints;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    Object grounds = task.getVariable(COMPLAINT_GROUNDS);
    RecordedFacts.recording(COMPLAINT_GROUNDS, () -> complaints.prepared((String) task.getVariable(CLAIM_ID),
        grounds == null ? null : grounds.toString(), RecordedFacts.user(identityService)));
  }
}
