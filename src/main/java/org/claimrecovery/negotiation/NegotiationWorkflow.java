package org.claimrecovery.negotiation;

import java.math.BigDecimal;
import org.claimrecovery.correspondence.CorrespondenceEntry;

/** The negotiation's process, as the negotiation feature needs it. Implemented on the process engine. */
public interface NegotiationWorkflow {

  /** Hands a payer response to the negotiation waiting for one; false when none waits. */
  boolean payerResponded(String claimId, PayerResponse response);

  /** Wakes the lead of a bundle waiting until all its claims are prepared; false when it does not wait. */
  boolean bundlePrepared(String leadClaimId);

  /** Tells a claim negotiated in a bundle that the bundle settled at {@code agreed} for it. */
  boolean bundleSettled(String claimId, BigDecimal agreed);

  /** Tells a claim negotiated in a bundle that the bundle's negotiation failed. */
  boolean bundleFailed(String claimId);

  /**
   * A later letter of the negotiation (not its opening letter) waits in the outbox: a person is asked, once per
   * letter, to send it and record its dispatch.
   */
  void letterAwaitsDispatch(String claimId, CorrespondenceEntry letter);
}
