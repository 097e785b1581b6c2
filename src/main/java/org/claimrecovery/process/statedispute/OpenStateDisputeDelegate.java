package org.claimrecovery.process.statedispute;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.statedispute.StateDisputeVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.process.RecordedFacts;
import org.claimrecovery.statedispute.StateDisputeSummaries;
import org.claimrecovery.statedispute.StateDisputes;
import org.springframework.stereotype.Component;

/**
 * Opens the state dispute with the state's process and filing deadline: sets stateDisputeSummary and
 * stateDisputeHasOwnStep.
 */
@Component
class OpenStateDisputeDelegate implements JavaDelegate {

  private final StateDisputes disputes;
  private final StateDisputeSummaries summaries;

  OpenStateDisputeDelegate(StateDisputes disputes, StateDisputeSummaries summaries) {
    this.disputes = disputes;
    this.summaries = summaries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    var dispute = disputes.open(claimId, RecordedFacts.SYSTEM);
    execution.setVariable(STATE_DISPUTE_HAS_OWN_STEP, dispute.ownStep() != null);
    execution.setVariable(STATE_DISPUTE_SUMMARY, summaries.of(claimId));
    // nothing pre-fills from another stage's forms
    execution.removeVariables(List.of(STATE_DISPUTE_GROUNDS, STATE_DISPUTE_AMOUNT, STATE_DISPUTE_MEDIATION_RESULT,
        STATE_DISPUTE_DECISION, STATE_DISPUTE_DECISION_AMOUNT, STATE_DISPUTE_DECIDED_ON));
  }
}
