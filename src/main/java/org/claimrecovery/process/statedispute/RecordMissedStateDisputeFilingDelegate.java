package org.claimrecovery.process.statedispute;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.statedispute.StateDisputeVariables.*;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.process.RecordedFacts;
import org.claimrecovery.statedispute.StateDisputeSummaries;
import org.claimrecovery.statedispute.StateDisputes;
import org.springframework.stereotype.Component;

/**
 * The filing deadline passed with nothing filed: records it with who held the work then (the assignee of the latest
 * filing task, from the history) and closes the case (stateDisputeResult MISSED).
 */
@Component
class RecordMissedStateDisputeFilingDelegate implements JavaDelegate {

  private final StateDisputes disputes;
  private final StateDisputeSummaries summaries;
  private final HistoryService history;

  RecordMissedStateDisputeFilingDelegate(StateDisputes disputes, StateDisputeSummaries summaries,
      HistoryService history) {
    this.disputes = disputes;
    this.summaries = summaries;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    var heldBy = RecordedFacts.heldBy(history, execution.getProcessInstanceId(), "prepareStateDispute", "submitStateDisputeFiling");
    disputes.filingMissed(claimId, heldBy, RecordedFacts.SYSTEM);
    execution.setVariable(STATE_DISPUTE_RESULT, "MISSED");
    execution.setVariable(STATE_DISPUTE_SUMMARY, summaries.of(claimId));
  }
}
