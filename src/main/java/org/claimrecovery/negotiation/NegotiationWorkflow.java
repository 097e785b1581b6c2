package org.claimrecovery.negotiation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The negotiation's process, as the negotiation feature needs it. Implemented on the process engine. */
public interface NegotiationWorkflow {

  /** Hands a payer response to the negotiation waiting for one; false when none waits. */
  boolean payerResponded(String claimId, PayerResponse response);

  /** Hands a settlement payment to the case waiting for it; false when none waits. */
  boolean paymentReceived(String claimId, LocalDate receivedOn, BigDecimal amount);
}
