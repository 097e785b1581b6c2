package org.claimrecovery.process.externalreview;

import static org.claimrecovery.process.externalreview.ExternalReviewVariables.EXTERNAL_REVIEW_SUMMARY;

import java.util.Map;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.variable.VariableMap;
import org.claimrecovery.externalreview.ExternalReviewSummaries;
import org.claimrecovery.process.TaskFormFacts;
import org.springframework.stereotype.Component;

/** The external review as its forms show it when they open. */
@Component
class ExternalReviewFormFacts implements TaskFormFacts {

  private final ExternalReviewSummaries summaries;

  ExternalReviewFormFacts(ExternalReviewSummaries summaries) {
    this.summaries = summaries;
  }

  @Override
  public Map<String, BiFunction<String, VariableMap, Object>> byVariable() {
    return Map.of(EXTERNAL_REVIEW_SUMMARY, (claimId, stored) -> summaries.of(claimId));
  }
}
