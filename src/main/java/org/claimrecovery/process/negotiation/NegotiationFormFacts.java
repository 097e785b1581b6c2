package org.claimrecovery.process.negotiation;

import static org.claimrecovery.process.negotiation.NegotiationVariables.PREPARATION_SUMMARY;

import java.util.Map;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.variable.VariableMap;
import org.claimrecovery.negotiation.Negotiations;
import org.claimrecovery.process.TaskFormFacts;
import org.springframework.stereotype.Component;

/** The negotiation as its forms show it when they open: the preparation with the documents on file now. */
@Component
class NegotiationFormFacts implements TaskFormFacts {

  private final Negotiations negotiations;

  NegotiationFormFacts(Negotiations negotiations) {
    this.negotiations = negotiations;
  }

  @Override
  public Map<String, BiFunction<String, VariableMap, Object>> byVariable() {
    return Map.of(PREPARATION_SUMMARY, (claimId, stored) -> negotiations.preparationSummary(claimId));
  }
}
