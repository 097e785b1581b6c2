package org.claimrecovery.oversight;

import java.time.Instant;
import java.util.Set;

/** Which cases the process engine moved since a moment: implemented on its history; this package does not know it. */
public interface CaseChanges {

  /** The claim ids (business keys) of the cases with an activity that ended or started at or after {@code since}. */
  Set<String> movedSince(Instant since);
}
