package org.claimrecovery.process.settlement;

import static org.claimrecovery.process.settlement.SettlementVariables.SETTLEMENT_SUMMARY;

import java.util.Map;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.variable.VariableMap;
import org.claimrecovery.process.TaskFormFacts;
import org.claimrecovery.settlement.Settlements;
import org.springframework.stereotype.Component;

/** What the payer owes, and what it has paid so far, as the payment forms show it when they open. */
@Component
class SettlementFormFacts implements TaskFormFacts {

  private final Settlements settlements;

  SettlementFormFacts(Settlements settlements) {
    this.settlements = settlements;
  }

  @Override
  public Map<String, BiFunction<String, VariableMap, Object>> byVariable() {
    return Map.of(SETTLEMENT_SUMMARY, (claimId, stored) -> settlements.summary(claimId));
  }
}
