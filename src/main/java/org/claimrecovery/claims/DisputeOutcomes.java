package org.claimrecovery.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How a claim's dispute ended, told by the feature that ran it. A case may go through several mechanisms (an internal
 * appeal, then external review): the API shows the first outcome present in the order of the implementations'
 * {@code @Order}, so a mechanism that follows another is ordered before it ({@link #LATER_MECHANISM}).
 */
public interface DisputeOutcomes {

  /** The order of a mechanism that follows another on the same case (external review after the internal appeal). */
  int LATER_MECHANISM = 10;
  /** The order of a mechanism another may follow (the internal appeal). */
  int EARLIER_MECHANISM = 20;

  /** Empty while no dispute has ended. */
  Optional<DisputeOutcome> of(String claimId);

  /**
   * @param mechanism        e.g. FEDERAL_IDR
   * @param result           WON, LOST, SETTLED or INELIGIBLE
   * @param amount           awarded or agreed; null when none
   * @param recoveredAmount  paid above the initial payment so far; null before a payment
   * @param feesPaid         what we paid to dispute (administrative and entity fees); null when not recorded
   * @param entityFeeOwed    the deciding entity's fee we owe as the losing party; null when we do not, or it is not
   *                         configured
   */
  record DisputeOutcome(String mechanism, String result, BigDecimal amount, BigDecimal recoveredAmount,
      BigDecimal feesPaid, LocalDate decidedOn, String reference, BigDecimal entityFeeOwed) {}
}
