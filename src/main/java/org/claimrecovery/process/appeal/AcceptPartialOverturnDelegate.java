package org.claimrecovery.process.appeal;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.appeal.AppealVariables.*;
import static org.claimrecovery.process.settlement.SettlementVariables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.appeal.InternalAppeals;
import org.claimrecovery.process.RecordedFacts;
import org.claimrecovery.settlement.Settlements;
import org.springframework.stereotype.Component;

/** We accept the partly overturned amount: the payer owes it (appealResult PARTIALLY_OVERTURNED). */
@Component
class AcceptPartialOverturnDelegate implements JavaDelegate {

  private final InternalAppeals appeals;
  private final Settlements settlements;
  private final IdentityService identityService;

  AcceptPartialOverturnDelegate(InternalAppeals appeals, Settlements settlements, IdentityService identityService) {
    this.appeals = appeals;
    this.settlements = settlements;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    appeals.partialAccepted(claimId, ((Number) execution.getVariable(APPEAL_LEVEL)).intValue(),
        RecordedFacts.user(identityService));
    execution.setVariable(APPEAL_RESULT, "PARTIALLY_OVERTURNED");
    execution.setVariable(SETTLEMENT_SUMMARY, settlements.summary(claimId));
  }
}
