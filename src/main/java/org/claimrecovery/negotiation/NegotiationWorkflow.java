package org.claimrecovery.negotiation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The negotiation's process, as the negotiation feature needs it. Implemented on the process engine. */
public interface NegotiationWorkflow {

  /** Hands a payer response to the negotiation waiting for one; false when none waits. */
  boolean payerResponded(String claimId, PayerResponse response);

  /** Wakes the lead of a bundle waiting until all its claims are prepared; false when it does not wait. */
  boolean bundlePrepared(String leadClaimId);

  /** Tells a claim negotiated in a bundle that the bundle settled at {@code agreed} for it. */
  boolean bundleSettled(String claimId, BigDecimal agreed, LocalDate paymentDueOn);

  /** Tells a claim negotiated in a bundle that the bundle's negotiation failed. */
  boolean bundleFailed(String claimId);

  /** Hands a settlement payment to the case waiting for it; false when none waits. */
  boolean paymentReceived(String claimId, LocalDate receivedOn, BigDecimal amount);
}
