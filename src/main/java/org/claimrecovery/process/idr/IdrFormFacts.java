package org.claimrecovery.process.idr;

import static org.claimrecovery.process.idr.IdrVariables.*;

import java.util.Map;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.variable.VariableMap;
import org.claimrecovery.idr.IdrSummaries;
import org.claimrecovery.process.TaskFormFacts;
import org.springframework.stereotype.Component;

/** Federal IDR as its forms show it when they open: the preparation, the dispute, the fees due and its dates. */
@Component
class IdrFormFacts implements TaskFormFacts {

  private final IdrSummaries summaries;

  IdrFormFacts(IdrSummaries summaries) {
    this.summaries = summaries;
  }

  @Override
  public Map<String, BiFunction<String, VariableMap, Object>> byVariable() {
    return Map.of(
        IDR_PREPARATION_SUMMARY, (claimId, stored) -> summaries.preparation(claimId),
        IDR_DISPUTE_SUMMARY, (claimId, stored) -> summaries.dispute(claimId),
        IDR_FEES_DUE, (claimId, stored) -> summaries.feesDue(claimId),
        IDR_DATES, (claimId, stored) -> summaries.dates(claimId));
  }
}
