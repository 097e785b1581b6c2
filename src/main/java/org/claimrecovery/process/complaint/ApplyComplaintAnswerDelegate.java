package org.claimrecovery.process.complaint;

import static org.claimrecovery.process.CaseVariables.CLAIM_ID;
import static org.claimrecovery.process.complaint.ComplaintVariables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.complaint.ComplaintSummaries;
import org.claimrecovery.complaint.RegulatorComplaint.Result;
import org.claimrecovery.complaint.RegulatorComplaints;
import org.claimrecovery.process.DecisionRefused;
import org.claimrecovery.process.ProcessValues;
import org.claimrecovery.process.RecordedFacts;
import org.claimrecovery.settlement.Settlements;
import org.springframework.stereotype.Component;

/**
 * The regulator's answer as staff record it (complaintAnswer, complaintAmountOwed, complaintAnsweredOn), recorded as
 * the API records it; sets complaintResult AMOUNT_OWED (and settlementSummary) where the payment watch now waits for
 * an amount, ENDED otherwise.
 */
@Component
class ApplyComplaintAnswerDelegate implements JavaDelegate {

  private final RegulatorComplaints complaints;
  private final ComplaintSummaries summaries;
  private final Settlements settlements;
  private final CaseClock clock;
  private final IdentityService identityService;

  ApplyComplaintAnswerDelegate(RegulatorComplaints complaints, ComplaintSummaries summaries, Settlements settlements,
      CaseClock clock, IdentityService identityService) {
    this.complaints = complaints;
    this.summaries = summaries;
    this.settlements = settlements;
    this.clock = clock;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    Result answer;
    try {
      answer = Result.valueOf(String.valueOf(execution.getVariable(COMPLAINT_ANSWER)));
    } catch (IllegalArgumentException unknown) {
      throw new DecisionRefused(COMPLAINT_ANSWER, "Choose what the regulator found: justified or not justified.");
    }
    var amount = ProcessValues.amount(execution.getVariable(COMPLAINT_AMOUNT_OWED));
    var on = RecordedFacts.day(execution, COMPLAINT_ANSWERED_ON, clock);
    RecordedFacts.recording(COMPLAINT_ANSWERED_ON, () -> complaints.resolved(claimId, answer, amount, on,
        RecordedFacts.user(identityService)));
    boolean owed = complaints.amountOwedAfter(claimId);
    execution.setVariable(COMPLAINT_RESULT, owed ? "AMOUNT_OWED" : "ENDED");
    if (owed) {
      execution.setVariable("settlementSummary", settlements.summary(claimId));
    }
    execution.setVariable(COMPLAINT_SUMMARY, summaries.of(claimId));
  }
}
