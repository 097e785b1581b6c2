package org.claimrecovery.process.complaint;

import static org.claimrecovery.process.CaseVariables.CLAIM_ID;
import static org.claimrecovery.process.complaint.ComplaintVariables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.complaint.ComplaintSummaries;
import org.claimrecovery.complaint.RegulatorComplaints;
import org.claimrecovery.correspondence.Correspondence;
import org.claimrecovery.process.RecordedFacts;
import org.springframework.stereotype.Component;

/** A person filed the complaint with the regulator: the ledger keeps the day and the regulator's reference as proof. */
@Component
class RecordComplaintFilingDelegate implements JavaDelegate {

  private final Correspondence correspondence;
  private final RegulatorComplaints complaints;
  private final ComplaintSummaries summaries;
  private final CaseClock clock;
  private final IdentityService identityService;

  RecordComplaintFilingDelegate(Correspondence correspondence, RegulatorComplaints complaints,
      ComplaintSummaries summaries, CaseClock clock, IdentityService identityService) {
    this.correspondence = correspondence;
    this.complaints = complaints;
    this.summaries = summaries;
    this.clock = clock;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    var filedOn = RecordedFacts.day(execution, COMPLAINT_FILED_ON, clock);
    Object reference = execution.getVariable(COMPLAINT_REFERENCE);
    String user = RecordedFacts.user(identityService);
    RecordedFacts.recording(COMPLAINT_FILED_ON, () -> complaints.filed(claimId, filedOn,
        reference == null ? null : reference.toString(), user));
    correspondence.confirmDispatch((String) execution.getVariable(COMPLAINT_PACKAGE_ID),
        filedOn.atStartOfDay(clock.zone()).toInstant(), reference == null ? null : reference.toString(), user);
    execution.setVariable(COMPLAINT_SUMMARY, summaries.of(claimId));
  }
}
