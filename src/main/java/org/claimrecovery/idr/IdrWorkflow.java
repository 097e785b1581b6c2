package org.claimrecovery.idr;

/**
 * The federal IDR stage's process (bpmn/federal-idr.bpmn), as the IDR feature needs it: a fact recorded through the
 * API ({@code POST /api/claims/{id}/events}) moves the process waiting for it. Implemented on the process engine.
 *
 * <p>Each method takes the dispute as {@link FederalIdr} returned it after recording the fact, so the process gets
 * exactly what was recorded (dates, entity, amounts). Each returns whether a process of the claim waited for the fact
 * and took it; false is no error (e.g. the case's process is not at that step), the fact stays recorded.
 */
public interface IdrWorkflow {

  /** Message IdrInitiated: disputeNumber, initiatedOn. */
  boolean initiated(IdrDispute dispute);

  /** Message IdrEntitySelected: idrEntity, selectedOn. */
  boolean entitySelected(IdrDispute dispute);

  /** Message IdrOffersSubmitted: submittedOn, offerAmount (the offer submitted), feesPaid. */
  boolean offersSubmitted(IdrDispute dispute);

  /**
   * The dispute was decided: WON or LOST (the entity's determination) correlate IdrDetermination with
   * prevailingParty, determinationAmount, determinedOn and idrResult; SETTLED correlates IdrSettled with idrResult
   * SETTLED.
   *
   * @throws IllegalArgumentException for a dispute not decided by determination or settlement (open, ineligible)
   */
  boolean decided(IdrDispute dispute);
}
