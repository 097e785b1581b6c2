package org.claimrecovery.oversight;

import java.util.List;
import java.util.Map;

/** Who holds the open work of the cases: implemented on the engine's open tasks; this package does not know it. */
public interface OpenWork {

  /** The assignees of each open case's open tasks, by claim id; a case whose tasks nobody holds is absent. */
  Map<String, List<String>> assigneesByCase();
}
