package org.claimrecovery.idr;

/**
 * The federal IDR processes of a batch's claims, as the batch needs them: the lead files and follows the dispute,
 * the other claims wait for it. Implemented on the process engine.
 */
public interface IdrWorkflow {

  /** Wakes the lead waiting until every claim of its batch is prepared; false when it does not wait. */
  boolean batchPrepared(String leadClaimId);

  /** Tells a claim filed in a batch that the dispute was decided: its own result and amount are on its dispute. */
  boolean batchDecided(IdrDispute member);

  /** Tells a prepared claim of a batch that its lead was not filed, and why: the claim goes to the supervisors. */
  boolean batchNotFiled(String memberClaimId, String why);
}
