package org.claimrecovery.process.negotiation;

import static org.claimrecovery.process.negotiation.NegotiationVariables.NEGOTIATION_SUMMARY;
import static org.claimrecovery.process.negotiation.NegotiationVariables.PAYER_RESPONSE_SUMMARY;
import static org.claimrecovery.process.negotiation.NegotiationVariables.PREPARATION_SUMMARY;

import java.util.Map;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.variable.VariableMap;
import org.claimrecovery.negotiation.NegotiationEvaluation;
import org.claimrecovery.negotiation.Negotiations;
import org.claimrecovery.process.TaskFormFacts;
import org.springframework.stereotype.Component;

/**
 * The negotiation as its forms show it when they open: the preparation with the documents on file now; the offers
 * and answers by round with the money and the period's end; on the evaluation, what each choice would do.
 */
@Component
class NegotiationFormFacts implements TaskFormFacts {

  private final Negotiations negotiations;
  private final NegotiationEvaluation evaluation;

  NegotiationFormFacts(Negotiations negotiations, NegotiationEvaluation evaluation) {
    this.negotiations = negotiations;
    this.evaluation = evaluation;
  }

  @Override
  public Map<String, BiFunction<String, VariableMap, Object>> byVariable() {
    return Map.of(
        PREPARATION_SUMMARY, (claimId, stored) -> negotiations.preparationSummary(claimId),
        NEGOTIATION_SUMMARY, (claimId, stored) -> evaluation.facts(claimId),
        PAYER_RESPONSE_SUMMARY, (claimId, stored) -> evaluation.withChoices(claimId));
  }
}
