package org.claimrecovery.caseevents;

import java.util.Map;
import java.util.Set;

/**
 * A feature's facts that arrive from outside as case events ({@code POST /api/claims/{id}/events}), each recorded by
 * the same domain service staff use in Tasklist. A feature registers its types by being a bean.
 */
public interface CaseEventHandler {

  /** The event types this feature records, e.g. {@code IDR_INITIATED}. */
  Set<String> types();

  /**
   * Records the event: refused with 400 for a bad field ({@link EventFields}) and 409 when it does not fit the case.
   *
   * @return the message that tells the case's process, with its variables, and what the API answers
   */
  Recorded record(String claimId, String type, EventFields fields, String user);

  /**
   * @param message   the BPMN message the case's process waits for
   * @param variables what the message sets on the process
   * @param view      the answer of the API: the feature's state after the event
   */
  record Recorded(String message, Map<String, Object> variables, Object view) {}
}
