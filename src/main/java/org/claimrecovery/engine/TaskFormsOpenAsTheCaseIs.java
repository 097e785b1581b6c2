package org.claimrecovery.engine;

import java.util.Set;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.claimrecovery.process.TaskFormFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * What a task form receives when it opens (Tasklist reads {@code GET /task/{id}/form-variables}): the facts it shows
 * computed from the case now ({@link TaskFormFacts}), and none of the values of its own fields, so that a decision
 * never starts from what a person entered in an earlier round.
 */
final class TaskFormsOpenAsTheCaseIs {

  private static final Logger LOG = LoggerFactory.getLogger(TaskFormsOpenAsTheCaseIs.class);

  private final ObjectProvider<TaskFormFacts> facts;

  TaskFormsOpenAsTheCaseIs(ObjectProvider<TaskFormFacts> facts) {
    this.facts = facts;
  }

  /**
   * @param stored the variables the engine holds for the task
   * @param fields the fields of the task's form: they open empty
   * @param shown  the variables the form's texts show: recomputed where a feature offers them
   */
  VariableMap opened(VariableMap stored, Set<String> fields, Set<String> shown) {
    VariableMap opened = Variables.createVariables();
    stored.keySet().stream().filter(name -> !fields.contains(name))
        .forEach(name -> opened.putValueTyped(name, stored.getValueTyped(name)));
    Object claimId = stored.get("claimId");
    if (claimId == null) {
      return opened;
    }
    facts.orderedStream().forEach(feature -> feature.byVariable().forEach((name, compute) -> {
      if (!shown.contains(name)) {
        return;
      }
      try {
        Object now = compute.apply(claimId.toString(), stored);
        if (now != null) {
          opened.putValue(name, now);
        }
      } catch (RuntimeException notYetThere) {
        // the step the fact belongs to has not begun (or has ended): the form shows what was kept
        LOG.debug("kept the stored {} of claim {}: {}", name, claimId, notYetThere.getMessage());
      }
    }));
    return opened;
  }
}
