package org.claimrecovery.process.complaint;

import static org.claimrecovery.process.CaseVariables.CLAIM_ID;
import static org.claimrecovery.process.complaint.ComplaintVariables.*;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.complaint.ComplaintSummaries;
import org.claimrecovery.complaint.RegulatorComplaints;
import org.claimrecovery.process.RecordedFacts;
import org.springframework.stereotype.Component;

/**
 * A supervisor followed up the regulator's overdue answer (complaintFollowedUpOn, complaintFollowUpNote): counted on
 * the complaint with what they did; the next follow-up starts empty.
 */
@Component
class RecordComplaintFollowUpDelegate implements JavaDelegate {

  private final RegulatorComplaints complaints;
  private final ComplaintSummaries summaries;
  private final CaseClock clock;
  private final IdentityService identityService;

  RecordComplaintFollowUpDelegate(RegulatorComplaints complaints, ComplaintSummaries summaries, CaseClock clock,
      IdentityService identityService) {
    this.complaints = complaints;
    this.summaries = summaries;
    this.clock = clock;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    var on = RecordedFacts.day(execution, COMPLAINT_FOLLOWED_UP_ON, clock);
    Object note = execution.getVariable(COMPLAINT_FOLLOW_UP_NOTE);
    RecordedFacts.recording(COMPLAINT_FOLLOWED_UP_ON, () -> complaints.followedUp(claimId, on,
        note == null ? null : note.toString(), RecordedFacts.user(identityService)));
    execution.removeVariables(List.of(COMPLAINT_FOLLOWED_UP_ON, COMPLAINT_FOLLOW_UP_NOTE));
    execution.setVariable(COMPLAINT_SUMMARY, summaries.of(claimId));
  }
}
