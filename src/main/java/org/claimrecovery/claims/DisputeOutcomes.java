package org.claimrecovery.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** How a claim's dispute ended, told by the feature that ran it (federal IDR today). */
public interface DisputeOutcomes {

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
