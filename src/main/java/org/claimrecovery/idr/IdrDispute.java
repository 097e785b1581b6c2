package org.claimrecovery.idr;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A claim's federal IDR dispute as it stands.
 *
 * @param status          where the dispute is
 * @param result          WON, LOST or SETTLED once decided, INELIGIBLE when it could not be filed; null while open
 * @param decidedAmount   the amount awarded (the prevailing offer) or agreed
 * @param ineligibleReasons why it could not be filed, one reason a line
 * @param batchLeadClaimId the claim whose process files and follows the batched dispute this claim is filed in (the
 *     lead names itself); null when the claim is filed alone
 */
public record IdrDispute(String claimId, Status status, BigDecimal offerAmount, String offerJustification,
    String overrideReason, String preferredEntity, String disputeNumber, LocalDate initiatedOn, String entity,
    LocalDate entitySelectedOn, LocalDate offersSubmittedOn, BigDecimal submittedOffer, BigDecimal feesPaid,
    Result result, BigDecimal decidedAmount, LocalDate decidedOn, String ineligibleReasons,
    String batchLeadClaimId) {

  public enum Status { PREPARED, INITIATED, ENTITY_SELECTED, OFFERS_SUBMITTED, DECIDED, INELIGIBLE }

  /** How the dispute ended; the case's outcome is {@code IDR_} and this. */
  public enum Result { WON, LOST, SETTLED, INELIGIBLE }

  /** Filed in a batch that another claim leads: the facts of the dispute are recorded on the lead. */
  public boolean batchMember() {
    return batchLeadClaimId != null && !batchLeadClaimId.equals(claimId);
  }

  public boolean batchLead() {
    return claimId.equals(batchLeadClaimId);
  }

  public boolean prepared() {
    return offerAmount != null;
  }

  public IdrDispute withBatchLead(String leadClaimId) {
    return new IdrDispute(claimId, status, offerAmount, offerJustification, overrideReason, preferredEntity,
        disputeNumber, initiatedOn, entity, entitySelectedOn, offersSubmittedOn, submittedOffer, feesPaid, result,
        decidedAmount, decidedOn, ineligibleReasons, leadClaimId);
  }

  public boolean open() {
    return status != Status.DECIDED && status != Status.INELIGIBLE;
  }
}
