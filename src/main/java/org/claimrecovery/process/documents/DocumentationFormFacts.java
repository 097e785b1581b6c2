package org.claimrecovery.process.documents;

import static org.claimrecovery.process.documents.DocumentationCheckVariables.*;

import java.util.Map;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.variable.VariableMap;
import org.claimrecovery.documents.FilingDocuments;
import org.claimrecovery.process.TaskFormFacts;
import org.springframework.stereotype.Component;

/**
 * The documents a filing still needs, as gatherDocuments shows them when it opens: a document uploaded since the check
 * ran is on file at once, without completing the task to check again.
 */
@Component
class DocumentationFormFacts implements TaskFormFacts {

  private final FilingDocuments documents;

  DocumentationFormFacts(FilingDocuments documents) {
    this.documents = documents;
  }

  @Override
  public Map<String, BiFunction<String, VariableMap, Object>> byVariable() {
    return Map.of(MISSING_DOCUMENTS_SUMMARY, (claimId, stored) -> FilingOnTheCase.summary(
        documents.check(claimId, FilingOnTheCase.mechanism(stored.get(MECHANISM)),
            FilingOnTheCase.level(stored.get(LEVEL))), stored.get(FILING_DUE_DATE)));
  }
}
