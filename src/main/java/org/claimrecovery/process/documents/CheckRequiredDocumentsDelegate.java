package org.claimrecovery.process.documents;

import static org.claimrecovery.process.documents.DocumentationCheckVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.documents.FilingDocuments;
import org.springframework.stereotype.Component;

/**
 * Checks the claim's documents against what the filing requires (documentationCheck): sets documentsComplete and
 * missingDocumentsSummary, the missing documents and why, with the filing deadline, for gatherDocuments.
 */
@Component
class CheckRequiredDocumentsDelegate implements JavaDelegate {

  private final FilingDocuments documents;

  CheckRequiredDocumentsDelegate(FilingDocuments documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var check = FilingOnTheCase.check(documents, execution);
    execution.setVariable(DOCUMENTS_COMPLETE, check.complete());
    execution.setVariable(MISSING_DOCUMENTS_SUMMARY,
        FilingOnTheCase.summary(check, execution.getVariable(FILING_DUE_DATE)));
  }
}
