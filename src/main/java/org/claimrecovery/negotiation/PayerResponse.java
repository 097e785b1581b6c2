package org.claimrecovery.negotiation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the payer answered: a counteroffer, an acceptance of our offer, or a rejection.
 *
 * @param amount the payer's amount; for a bundle the total over its claims
 * @param amountsByClaim for a bundle, the payer's amount per claim id when it named them (else empty: the total
 *     is split over the claims in proportion to our latest offers)
 */
public record PayerResponse(Type responseType, BigDecimal amount, LocalDate receivedOn, String note,
    Map<String, BigDecimal> amountsByClaim) {

  public enum Type { COUNTEROFFER, ACCEPTED, REJECTED }

  public PayerResponse {
    amountsByClaim = amountsByClaim == null ? Map.of() : Map.copyOf(amountsByClaim);
    if (amount == null && !amountsByClaim.isEmpty()) {
      amount = amountsByClaim.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  public PayerResponse(Type responseType, BigDecimal amount, LocalDate receivedOn, String note) {
    this(responseType, amount, receivedOn, note, Map.of());
  }
}
