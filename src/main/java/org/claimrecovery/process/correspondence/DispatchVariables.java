package org.claimrecovery.process.correspondence;

/** Dispatching a letter from the outbox (bpmn/dispatch-letter.bpmn, and the notice's confirmDispatch). */
public final class DispatchVariables {

  /** Dispatching a later letter from the outbox (bpmn/dispatch-letter.bpmn) */
  public static final String DISPATCH_LETTER_PROCESS_KEY = "dispatch-letter";
  public static final String CORRESPONDENCE_ID = "correspondenceId";
  public static final String LETTER_SUMMARY = "letterSummary";
  public static final String DISPATCHED_ON = "dispatchedOn";
  public static final String DISPATCH_PROOF = "dispatchProof";

  private DispatchVariables() {}
}
