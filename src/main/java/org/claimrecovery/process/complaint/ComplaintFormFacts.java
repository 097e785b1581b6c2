package org.claimrecovery.process.complaint;

import static org.claimrecovery.process.complaint.ComplaintVariables.COMPLAINT_SUMMARY;

import java.util.Map;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.variable.VariableMap;
import org.claimrecovery.complaint.ComplaintSummaries;
import org.claimrecovery.process.TaskFormFacts;
import org.springframework.stereotype.Component;

/** The complaint as its forms show it when they open. */
@Component
class ComplaintFormFacts implements TaskFormFacts {

  private final ComplaintSummaries summaries;

  ComplaintFormFacts(ComplaintSummaries summaries) {
    this.summaries = summaries;
  }

  @Override
  public Map<String, BiFunction<String, VariableMap, Object>> byVariable() {
    return Map.of(COMPLAINT_SUMMARY, (claimId, stored) -> summaries.of(claimId));
  }
}
