package org.claimrecovery.process.statedispute;

import static org.claimrecovery.process.statedispute.StateDisputeVariables.STATE_DISPUTE_SUMMARY;

import java.util.Map;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.variable.VariableMap;
import org.claimrecovery.process.TaskFormFacts;
import org.claimrecovery.statedispute.StateDisputeSummaries;
import org.springframework.stereotype.Component;

/** The state dispute as its forms show it when they open. */
@Component
class StateDisputeFormFacts implements TaskFormFacts {

  private final StateDisputeSummaries summaries;

  StateDisputeFormFacts(StateDisputeSummaries summaries) {
    this.summaries = summaries;
  }

  @Override
  public Map<String, BiFunction<String, VariableMap, Object>> byVariable() {
    return Map.of(STATE_DISPUTE_SUMMARY, (claimId, stored) -> summaries.of(claimId));
  }
}
