package org.claimrecovery.remittance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What became of one claim of a remittance, and why in words.
 *
 * @param seq           the claim's place in the file, from 1
 * @param segmentNumber where its CLP segment stands in the file
 * @param claimId       the case it opened or updated; null when it touched none
 */
public record ReportLine(String remittanceId, int seq, int segmentNumber, String payerId, String claimNumber,
    String payerClaimControlNumber, String statusCode, BigDecimal billedAmount, BigDecimal paidAmount,
    LocalDate paymentDate, String traceNumber, List<String> nsaRemarkCodes, Outcome outcome, String reason,
    String claimId) {

  public enum Outcome {
    /** A new case, through intake. */
    CASE_OPENED,
    /** The payer's initial payment or denial, handed to the case waiting for it (InitialPaymentReceived). */
    INITIAL_PAYMENT_RECORDED,
    /** A payment of an amount owed (settlement, award, overturned denial), handed to the case (PaymentReceived). */
    SETTLEMENT_PAYMENT_RECORDED,
    /** Nothing to do: fully paid, in network, not the primary payment, … (the reason says which). */
    SKIPPED,
    /** The same payment (payer, claim number, trace) was applied before, from this file or another. */
    ALREADY_IMPORTED,
    /** Intake or the case refused it (e.g. the plan type is not known); the reason names every problem. */
    REFUSED,
    /** Something failed while applying it; nothing of it was stored. */
    FAILED
  }
}
