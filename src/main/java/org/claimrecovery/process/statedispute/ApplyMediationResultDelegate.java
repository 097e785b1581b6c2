package org.claimrecovery.process.statedispute;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.statedispute.StateDisputeVariables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.process.DecisionRefused;
import org.claimrecovery.process.ProcessValues;
import org.claimrecovery.process.RecordedFacts;
import org.claimrecovery.settlement.Settlements;
import org.claimrecovery.statedispute.StateDisputeSummaries;
import org.claimrecovery.statedispute.StateDisputes;
import org.springframework.stereotype.Component;

/**
 * The result of the state's own negotiation or mediation step as staff record it (stateDisputeMediationResult,
 * stateDisputeSettledAmount, stateDisputeSettledOn): SETTLED sets stateDisputeResult SETTLED and settlementSummary;
 * NOT_SETTLED leaves the decision to the body.
 */
@Component
class ApplyMediationResultDelegate implements JavaDelegate {

  private final StateDisputes disputes;
  private final StateDisputeSummaries summaries;
  private final Settlements settlements;
  private final CaseClock clock;
  private final IdentityService identityService;

  ApplyMediationResultDelegate(StateDisputes disputes, StateDisputeSummaries summaries, Settlements settlements,
      CaseClock clock, IdentityService identityService) {
    this.disputes = disputes;
    this.summaries = summaries;
    this.settlements = settlements;
    this.clock = clock;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    String result = String.valueOf(execution.getVariable(STATE_DISPUTE_MEDIATION_RESULT));
    if (!result.equals("SETTLED") && !result.equals("NOT_SETTLED")) {
      throw new DecisionRefused(STATE_DISPUTE_MEDIATION_RESULT,
          "stateDisputeMediationResult must be SETTLED or NOT_SETTLED.");
    }
    boolean settled = result.equals("SETTLED");
    var amount = ProcessValues.amount(execution.getVariable(STATE_DISPUTE_SETTLED_AMOUNT));
    var on = settled ? RecordedFacts.day(execution, STATE_DISPUTE_SETTLED_ON, clock) : null;
    RecordedFacts.recording(STATE_DISPUTE_SETTLED_ON, () -> disputes.mediated(claimId, settled, amount, on,
        RecordedFacts.user(identityService)));
    if (settled) {
      execution.setVariable(STATE_DISPUTE_RESULT, "SETTLED");
      execution.setVariable("settlementSummary", settlements.summary(claimId));
    }
    execution.setVariable(STATE_DISPUTE_SUMMARY, summaries.of(claimId));
  }
}
