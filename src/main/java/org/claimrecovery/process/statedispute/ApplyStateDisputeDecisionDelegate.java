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
import org.claimrecovery.statedispute.StateDispute;
import org.claimrecovery.statedispute.StateDispute.Decision;
import org.claimrecovery.statedispute.StateDisputeSummaries;
import org.claimrecovery.statedispute.StateDisputes;
import org.springframework.stereotype.Component;

/**
 * The state body's decision as staff record it (stateDisputeDecision, stateDisputeDecisionAmount,
 * stateDisputeDecidedOn), recorded as the API records it; sets stateDisputeResult WON (and settlementSummary) or
 * LOST (the case is closed).
 */
@Component
class ApplyStateDisputeDecisionDelegate implements JavaDelegate {

  private final StateDisputes disputes;
  private final StateDisputeSummaries summaries;
  private final Settlements settlements;
  private final CaseClock clock;
  private final IdentityService identityService;

  ApplyStateDisputeDecisionDelegate(StateDisputes disputes, StateDisputeSummaries summaries, Settlements settlements,
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
    Decision decision;
    try {
      decision = Decision.valueOf(String.valueOf(execution.getVariable(STATE_DISPUTE_DECISION)));
    } catch (IllegalArgumentException unknown) {
      throw new DecisionRefused(STATE_DISPUTE_DECISION, "stateDisputeDecision must be WON or LOST.");
    }
    var amount = ProcessValues.amount(execution.getVariable(STATE_DISPUTE_DECISION_AMOUNT));
    var on = RecordedFacts.day(execution, STATE_DISPUTE_DECIDED_ON, clock);
    StateDispute decided = RecordedFacts.recording(STATE_DISPUTE_DECIDED_ON, () -> disputes.decided(claimId,
        decision, amount, on, RecordedFacts.user(identityService)));
    execution.setVariable(STATE_DISPUTE_DECISION, decided.decision().name());
    execution.setVariable(STATE_DISPUTE_RESULT, decided.decision().name());
    if (decided.decision() == Decision.WON) {
      execution.setVariable("settlementSummary", settlements.summary(claimId));
    }
    execution.setVariable(STATE_DISPUTE_SUMMARY, summaries.of(claimId));
  }
}
