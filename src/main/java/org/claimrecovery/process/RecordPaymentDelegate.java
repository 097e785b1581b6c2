package org.claimrecovery.process;

import static org.claimrecovery.process.CaseVariables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.negotiation.Negotiations;
import org.springframework.stereotype.Component;

/** Records the settlement payment; sets paymentShort when the payments fall short of the agreed amount. */
@Component
class RecordPaymentDelegate implements JavaDelegate {

  private final Negotiations negotiations;
  private final CaseClock clock;
  private final IdentityService identityService;

  RecordPaymentDelegate(Negotiations negotiations, CaseClock clock, IdentityService identityService) {
    this.negotiations = negotiations;
    this.clock = clock;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    boolean shortPaid = negotiations.recordPayment(claimId,
        ProcessValues.date(execution.getVariable(PAYMENT_RECEIVED_ON), clock.zone()),
        ProcessValues.amount(execution.getVariable(PAYMENT_AMOUNT)),
        ProcessValues.actingUser(identityService, "unknown"));
    execution.setVariable(PAYMENT_SHORT, shortPaid);
    // written anew, not appended to: every further payment would make it longer
    var agreed = negotiations.of(claimId).orElseThrow().agreedAmount();
    execution.setVariable(SETTLEMENT_SUMMARY,
        ProcessValues.settlementSummary(agreed, negotiations.paymentDueOn(claimId)) + " · **Paid so far** "
            + negotiations.totalPaid(claimId).toPlainString() + (shortPaid ? " (short of the agreed amount)" : ""));
  }
}
