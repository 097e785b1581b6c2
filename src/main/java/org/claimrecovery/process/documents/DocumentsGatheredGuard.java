package org.claimrecovery.process.documents;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.claimrecovery.documents.FilingDocuments;
import org.claimrecovery.process.DecisionRefused;
import org.springframework.stereotype.Component;

/**
 * On completing gatherDocuments: refuses (400, naming each document still missing) while the claim lacks a required
 * document, so the task stays with its person, claimed and with its history, instead of coming back as a new task.
 * The check after the task still decides; this only answers the person at once.
 */
@Component
class DocumentsGatheredGuard implements TaskListener {

  private final FilingDocuments documents;

  DocumentsGatheredGuard(FilingDocuments documents) {
    this.documents = documents;
  }

  @Override
  public void notify(DelegateTask task) {
    var check = FilingOnTheCase.check(documents, task);
    if (!check.complete()) {
      throw new DecisionRefused("documents", "Still missing for the " + check.filingWords() + ": "
          + check.missingInOneLine() + ". Upload them (POST /api/claims/" + check.claimId()
          + "/documents, or Attach a document to a claim in Tasklist), then complete the task.");
    }
  }
}
