package org.claimrecovery.process.settlement;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.settlement.SettlementVariables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.process.ProcessValues;
import org.claimrecovery.settlement.Settlements;
import org.springframework.stereotype.Component;

/** Records a payment of the amount owed; sets paymentShort when the payments fall short of it. */
@Component
class RecordPaymentDelegate implements JavaDelegate {

  private final Settlements settlements;
  private final CaseClock clock;
  private final IdentityService identityService;

  RecordPaymentDelegate(Settlements settlements, CaseClock clock, IdentityService identityService) {
    this.settlements = settlements;
    this.clock = clock;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    boolean shortPaid = settlements.recordPayment(claimId,
        ProcessValues.date(execution.getVariable(PAYMENT_RECEIVED_ON), clock.zone()),
        ProcessValues.amount(execution.getVariable(PAYMENT_AMOUNT)), (String) execution.getVariable(PAYMENT_REFERENCE),
        ProcessValues.actingUser(identityService, "unknown"));
    execution.setVariable(PAYMENT_SHORT, shortPaid);
    // written anew, not appended to: every further payment would make it longer
    execution.setVariable(SETTLEMENT_SUMMARY, settlements.summary(claimId));
  }
}
