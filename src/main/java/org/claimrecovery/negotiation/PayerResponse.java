package org.claimrecovery.negotiation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the payer answered: a counteroffer, an acceptance of our offer, or a rejection. */
public record PayerResponse(Type responseType, BigDecimal amount, LocalDate receivedOn, String note) {

  public enum Type { COUNTEROFFER, ACCEPTED, REJECTED }
}
