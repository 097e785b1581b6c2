package org.claimrecovery.negotiation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Splitting an amount over claims or lines in proportion to weights, to the cent. Public for federal IDR, whose
 * notice of initiation splits our offer over the claim's lines as the open negotiation notice does.
 */
public final class Shares {

  private Shares() {}

  /** Each weight's share of {@code total}, rounded half-up to the cent; the last share takes what rounding left. */
  public static List<BigDecimal> split(BigDecimal total, List<BigDecimal> weights) {
    BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    var shares = new ArrayList<BigDecimal>();
    BigDecimal allocated = BigDecimal.ZERO;
    for (int i = 0; i < weights.size(); i++) {
      BigDecimal share = i == weights.size() - 1 ? total.subtract(allocated)
          : sum.signum() == 0 ? total.divide(BigDecimal.valueOf(weights.size()), 2, RoundingMode.HALF_UP)
          : total.multiply(weights.get(i)).divide(sum, 2, RoundingMode.HALF_UP);
      allocated = allocated.add(share);
      shares.add(share);
    }
    return shares;
  }
}
