package org.claimrecovery.process.statedispute;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.statedispute.StateDisputeVariables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.correspondence.Correspondence;
import org.claimrecovery.process.RecordedFacts;
import org.claimrecovery.statedispute.StateDisputeSummaries;
import org.claimrecovery.statedispute.StateDisputes;
import org.springframework.stereotype.Component;

/**
 * A person filed the package with the state's body: the ledger keeps the day and the body's reference as proof, and
 * that day is STATE_PROCESS_INITIATED.
 */
@Component
class RecordStateDisputeFilingDelegate implements JavaDelegate {

  private final Correspondence correspondence;
  private final StateDisputes disputes;
  private final StateDisputeSummaries summaries;
  private final CaseClock clock;
  private final IdentityService identityService;

  RecordStateDisputeFilingDelegate(Correspondence correspondence, StateDisputes disputes,
      StateDisputeSummaries summaries, CaseClock clock, IdentityService identityService) {
    this.correspondence = correspondence;
    this.disputes = disputes;
    this.summaries = summaries;
    this.clock = clock;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    var filedOn = RecordedFacts.day(execution, STATE_DISPUTE_FILED_ON, clock);
    Object reference = execution.getVariable(STATE_DISPUTE_REFERENCE);
    String user = RecordedFacts.user(identityService);
    RecordedFacts.recording(STATE_DISPUTE_FILED_ON, () -> disputes.filed(claimId, filedOn,
        reference == null ? null : reference.toString(), user));
    correspondence.confirmDispatch((String) execution.getVariable(STATE_DISPUTE_FILING_ID),
        filedOn.atStartOfDay(clock.zone()).toInstant(), reference == null ? null : reference.toString(), user);
    execution.setVariable(STATE_DISPUTE_SUMMARY, summaries.of(claimId));
  }
}
