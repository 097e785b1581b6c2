package org.claimrecovery.oversight;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Who holds the open work of the cases: implemented on the engine's open tasks; this package does not know it. */
public interface OpenWork {

  /** The assignees of these cases' open tasks, by claim id; a case whose tasks nobody holds is absent. */
  Map<String, List<String>> assigneesOf(Collection<String> claimIds);

  /** The cases (claim ids) in which this person holds an open task. */
  Set<String> casesHeldBy(String assignee);
}
