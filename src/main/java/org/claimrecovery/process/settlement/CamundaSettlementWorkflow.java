package org.claimrecovery.process.settlement;

import static org.claimrecovery.process.settlement.SettlementVariables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import org.claimrecovery.process.CaseMessages;
import org.claimrecovery.settlement.SettlementWorkflow;
import org.springframework.stereotype.Component;

/** Hands payments to the case waiting for one, by the case's business key (the claim id). */
@Component
class CamundaSettlementWorkflow implements SettlementWorkflow {

  private final CaseMessages messages;

  CamundaSettlementWorkflow(CaseMessages messages) {
    this.messages = messages;
  }

  @Override
  public boolean paymentReceived(String claimId, LocalDate receivedOn, BigDecimal amount, String reference) {
    var variables = new HashMap<String, Object>();
    variables.put(PAYMENT_RECEIVED_ON, receivedOn.toString());
    variables.put(PAYMENT_AMOUNT, amount.doubleValue());
    variables.put(PAYMENT_REFERENCE, reference);
    return messages.correlate(MESSAGE_PAYMENT_RECEIVED, claimId, variables);
  }
}
