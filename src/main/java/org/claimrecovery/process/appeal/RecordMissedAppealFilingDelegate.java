package org.claimrecovery.process.appeal;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.appeal.AppealVariables.*;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.appeal.AppealSummaries;
import org.claimrecovery.appeal.InternalAppeals;
import org.claimrecovery.process.RecordedFacts;
import org.springframework.stereotype.Component;

/**
 * The level's filing deadline passed unfiled: records it with who held the filing work then (the assignee of the
 * latest filing task, from the history) and closes the case (appealResult MISSED).
 */
@Component
class RecordMissedAppealFilingDelegate implements JavaDelegate {

  private final InternalAppeals appeals;
  private final AppealSummaries summaries;
  private final HistoryService history;

  RecordMissedAppealFilingDelegate(InternalAppeals appeals, AppealSummaries summaries, HistoryService history) {
    this.appeals = appeals;
    this.summaries = summaries;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    var heldBy = RecordedFacts.heldBy(history, execution.getProcessInstanceId(), "prepareAppeal", "confirmAppealDispatch");
    appeals.filingMissed(claimId, ((Number) execution.getVariable(APPEAL_LEVEL)).intValue(), heldBy,
        RecordedFacts.SYSTEM);
    execution.setVariable(APPEAL_RESULT, "MISSED");
    execution.setVariable(APPEAL_SUMMARY, summaries.of(claimId));
  }
}
