package org.claimrecovery.process.appeal;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.appeal.AppealVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.appeal.AppealSummaries;
import org.claimrecovery.appeal.InternalAppeals;
import org.claimrecovery.process.RecordedFacts;
import org.springframework.stereotype.Component;

/** The payer let its decision deadline pass: the internal appeal counts as exhausted (appealResult EXHAUSTED). */
@Component
class RecordPayerMissedDecisionDelegate implements JavaDelegate {

  private final InternalAppeals appeals;
  private final AppealSummaries summaries;

  RecordPayerMissedDecisionDelegate(InternalAppeals appeals, AppealSummaries summaries) {
    this.appeals = appeals;
    this.summaries = summaries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    appeals.payerMissedDecision(claimId, ((Number) execution.getVariable(APPEAL_LEVEL)).intValue(),
        RecordedFacts.SYSTEM);
    execution.setVariable(APPEAL_RESULT, "EXHAUSTED");
    execution.setVariable(APPEAL_SUMMARY, summaries.of(claimId));
  }
}
