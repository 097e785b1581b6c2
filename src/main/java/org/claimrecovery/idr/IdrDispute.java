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
 * @param selectedBy      who selected the certified IDR entity; null before the selection
 * @param payerObjectedOn when the payer objected to our preferred entity; null when it did not (or not recorded)
 * @param entityFeeOwed   the certified IDR entity's fee we owe because the payer's offer prevailed (the losing
 *                        party pays it); null otherwise, also when the entity's fee is not configured
 * @param batchLeadClaimId the claim whose process files and follows the batched dispute this claim is filed in (the
 *     lead names itself); null when the claim is filed alone
 */
public record IdrDispute(String claimId, Status status, BigDecimal offerAmount, String offerJustification,
    String overrideReason, String preferredEntity, String disputeNumber, LocalDate initiatedOn, String entity,
    LocalDate entitySelectedOn, LocalDate offersSubmittedOn, BigDecimal submittedOffer, BigDecimal feesPaid,
    Result result, BigDecimal decidedAmount, LocalDate decidedOn, String ineligibleReasons, SelectedBy selectedBy,
    LocalDate payerObjectedOn, BigDecimal entityFeeOwed, String batchLeadClaimId) {

  public enum Status { PREPARED, INITIATED, ENTITY_SELECTED, OFFERS_SUBMITTED, DECIDED, INELIGIBLE }

  /** How the dispute ended; the case's outcome is {@code IDR_} and this. */
  public enum Result { WON, LOST, SETTLED, INELIGIBLE }

  /** Who selected the certified IDR entity (45 CFR 149.510(c)(1)). */
  public enum SelectedBy { PARTIES, DEPARTMENTS }

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
        decidedAmount, decidedOn, ineligibleReasons, selectedBy, payerObjectedOn, entityFeeOwed, leadClaimId);
  }

  public boolean open() {
    return status != Status.DECIDED && status != Status.INELIGIBLE;
  }

  /** This dispute with how its entity was selected. */
  IdrDispute withSelection(SelectedBy by, LocalDate objectedOn) {
    return new IdrDispute(claimId, status, offerAmount, offerJustification, overrideReason, preferredEntity,
        disputeNumber, initiatedOn, entity, entitySelectedOn, offersSubmittedOn, submittedOffer, feesPaid, result,
        decidedAmount, decidedOn, ineligibleReasons, by, objectedOn, entityFeeOwed, batchLeadClaimId);
  }

  /** This dispute with the entity fee we owe. */
  IdrDispute withEntityFeeOwed(BigDecimal fee) {
    return new IdrDispute(claimId, status, offerAmount, offerJustification, overrideReason, preferredEntity,
        disputeNumber, initiatedOn, entity, entitySelectedOn, offersSubmittedOn, submittedOffer, feesPaid, result,
        decidedAmount, decidedOn, ineligibleReasons, selectedBy, payerObjectedOn, fee, batchLeadClaimId);
  }
}
