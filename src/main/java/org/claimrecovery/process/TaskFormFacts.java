package org.claimrecovery.process;

import java.util.Map;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The facts a feature's task forms show, computed from the case when a form opens, not kept from when its task was
 * created: a document uploaded, a payment recorded or a deadline met since then shows at once. Each feature adapter
 * offers its own, by the variable its forms show.
 */
public interface TaskFormFacts {

  /**
   * The variables this feature computes, each from the claim id and the task's stored variables (for facts that
   * depend on the step, such as the documents a filing still needs).
   */
  Map<String, BiFunction<String, VariableMap, Object>> byVariable();
}
