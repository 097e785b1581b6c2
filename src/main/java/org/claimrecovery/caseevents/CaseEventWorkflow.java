package org.claimrecovery.caseevents;

import java.util.Map;

/** Tells the case's process about a recorded event (the engine adapter correlates a message by business key). */
public interface CaseEventWorkflow {

  /** True when the case's process waited for the message and took it. */
  boolean deliver(String claimId, String message, Map<String, Object> variables);
}
