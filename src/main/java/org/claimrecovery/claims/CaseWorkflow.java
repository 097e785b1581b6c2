package org.claimrecovery.claims;

/** The case's process, as the claims feature needs it. Implemented on the process engine. */
public interface CaseWorkflow {

  /** Starts the recovery case of a stored claim; returns the process instance id. */
  String start(Claim claim);

  /** Tells a case that waits for the payer that its initial payment or denial arrived. */
  void paymentDeterminationReceived(Claim claim);
}
