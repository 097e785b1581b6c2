package org.claimrecovery.process.appeal;

import static org.claimrecovery.process.appeal.AppealVariables.APPEAL_SUMMARY;

import java.util.Map;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.variable.VariableMap;
import org.claimrecovery.appeal.AppealSummaries;
import org.claimrecovery.process.TaskFormFacts;
import org.springframework.stereotype.Component;

/** The internal appeal as its forms show it when they open. */
@Component
class AppealFormFacts implements TaskFormFacts {

  private final AppealSummaries summaries;

  AppealFormFacts(AppealSummaries summaries) {
    this.summaries = summaries;
  }

  @Override
  public Map<String, BiFunction<String, VariableMap, Object>> byVariable() {
    return Map.of(APPEAL_SUMMARY, (claimId, stored) -> summaries.of(claimId));
  }
}
