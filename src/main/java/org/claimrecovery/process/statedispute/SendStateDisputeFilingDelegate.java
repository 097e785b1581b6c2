package org.claimrecovery.process.statedispute;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.statedispute.StateDisputeVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.statedispute.StateDisputeFilings;
import org.claimrecovery.statedispute.StateDisputeSummaries;
import org.springframework.stereotype.Component;

/**
 * Puts the filing package in the outbox (idempotent by case, kind STATE_DISPUTE_FILING and round 0): sets
 * stateDisputeFilingId for the person who files it.
 */
@Component
class SendStateDisputeFilingDelegate implements JavaDelegate {

  private final StateDisputeFilings filings;
  private final StateDisputeSummaries summaries;

  SendStateDisputeFilingDelegate(StateDisputeFilings filings, StateDisputeSummaries summaries) {
    this.filings = filings;
    this.summaries = summaries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    var filing = filings.send(claimId);
    execution.setVariable(STATE_DISPUTE_FILING_ID, filing.id());
    execution.setVariable(STATE_DISPUTE_SUMMARY, summaries.of(claimId));
  }
}
