package org.claimrecovery.process.complaint;

import static org.claimrecovery.process.CaseVariables.CLAIM_ID;
import static org.claimrecovery.process.CaseVariables.COMPLAINT_CAUSE;
import static org.claimrecovery.process.complaint.ComplaintVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.complaint.ComplaintSummaries;
import org.claimrecovery.complaint.RegulatorComplaint.Cause;
import org.claimrecovery.complaint.RegulatorComplaints;
import org.claimrecovery.process.RecordedFacts;
import org.springframework.stereotype.Component;

/**
 * Opens the complaint with the regulator of the claim's plan, for the cause its caller gives (complaintCause:
 * UNPAID_AMOUNT, PAYER_MISSED_DEADLINE or ADVERSE_DECISION): sets complaintSummary.
 */
@Component
class OpenComplaintDelegate implements JavaDelegate {

  private final RegulatorComplaints complaints;
  private final ComplaintSummaries summaries;

  OpenComplaintDelegate(RegulatorComplaints complaints, ComplaintSummaries summaries) {
    this.complaints = complaints;
    this.summaries = summaries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    Object cause = execution.getVariable(COMPLAINT_CAUSE);
    if (cause == null) {
      throw new IllegalStateException("claim " + claimId + ": the complaint's caller names no " + COMPLAINT_CAUSE);
    }
    complaints.open(claimId, Cause.valueOf(cause.toString()), RecordedFacts.SYSTEM);
    execution.setVariable(COMPLAINT_SUMMARY, summaries.of(claimId));
    // nothing pre-fills from another stage's forms
    execution.removeVariables(List.of(COMPLAINT_GROUNDS, COMPLAINT_FILED_ON, COMPLAINT_REFERENCE,
        COMPLAINT_FOLLOWED_UP_ON, COMPLAINT_FOLLOW_UP_NOTE, COMPLAINT_ANSWER, COMPLAINT_AMOUNT_OWED,
        COMPLAINT_ANSWERED_ON));
  }
}
