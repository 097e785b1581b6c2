package org.claimrecovery.process.appeal;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.appeal.AppealVariables.*;
import static org.claimrecovery.process.settlement.SettlementVariables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.appeal.AppealLevel;
import org.claimrecovery.appeal.AppealLevel.Decision;
import org.claimrecovery.appeal.AppealSummaries;
import org.claimrecovery.appeal.InternalAppeals;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.process.DecisionRefused;
import org.claimrecovery.process.ProcessValues;
import org.claimrecovery.process.RecordedFacts;
import org.claimrecovery.settlement.Settlements;
import org.springframework.stereotype.Component;

/**
 * The payer's decision as staff record it (appealDecision, appealDecisionAmount, appealDecidedOn), recorded as the
 * API records it; sets appealLastLevel and, when overturned, appealResult OVERTURNED.
 */
@Component
class ApplyAppealDecisionDelegate implements JavaDelegate {

  private final InternalAppeals appeals;
  private final AppealSummaries summaries;
  private final Settlements settlements;
  private final CaseClock clock;
  private final IdentityService identityService;

  ApplyAppealDecisionDelegate(InternalAppeals appeals, AppealSummaries summaries, Settlements settlements,
      CaseClock clock, IdentityService identityService) {
    this.appeals = appeals;
    this.settlements = settlements;
    this.summaries = summaries;
    this.clock = clock;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    int level = ((Number) execution.getVariable(APPEAL_LEVEL)).intValue();
    Decision decision;
    try {
      decision = Decision.valueOf(String.valueOf(execution.getVariable(APPEAL_DECISION)));
    } catch (IllegalArgumentException unknown) {
      throw new DecisionRefused(APPEAL_DECISION, "appealDecision must be OVERTURNED, PARTIALLY_OVERTURNED or UPHELD.");
    }
    var amount = ProcessValues.amount(execution.getVariable(APPEAL_DECISION_AMOUNT));
    var on = RecordedFacts.day(execution, APPEAL_DECIDED_ON, clock);
    AppealLevel decided = RecordedFacts.recording(APPEAL_DECIDED_ON, () -> appeals.decided(claimId, level,
        decision, amount, on, RecordedFacts.user(identityService)));
    // what the rest of the model reads of a decided level, as the API's AppealDecision message sets it
    execution.setVariable(APPEAL_DECISION, decided.decision().name());
    execution.setVariable(APPEAL_LAST_LEVEL, decided.lastLevel());
    if (decided.decision() == Decision.OVERTURNED) {
      execution.setVariable(APPEAL_RESULT, "OVERTURNED");
      execution.setVariable(SETTLEMENT_SUMMARY, settlements.summary(claimId));
    }
    execution.setVariable(APPEAL_SUMMARY, summaries.of(claimId));
  }
}
