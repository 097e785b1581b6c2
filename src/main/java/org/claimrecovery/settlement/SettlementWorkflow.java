package org.claimrecovery.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The case's process, as the payment watch needs it. Implemented on the process engine. */
public interface SettlementWorkflow {

  /** Hands a payment to the case waiting for it; false when none waits. */
  boolean paymentReceived(String claimId, LocalDate receivedOn, BigDecimal amount, String reference);
}
