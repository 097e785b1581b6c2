package org.claimrecovery.process.documents;

import static org.claimrecovery.process.CaseVariables.CLAIM_ID;
import static org.claimrecovery.process.documents.DocumentationCheckVariables.*;

import java.util.Arrays;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.claimrecovery.documents.DisputeMechanism;
import org.claimrecovery.documents.DocumentationCheck;
import org.claimrecovery.documents.FilingDocuments;

/**
 * Reads the filing the calling model passed (claimId, mechanism, level) and checks its documents. A value the
 * model got wrong is an incident for whoever edits the model, not a question for the person at the task.
 */
final class FilingOnTheCase {

  private FilingOnTheCase() {}

  static DocumentationCheck check(FilingDocuments documents, VariableScope scope) {
    return documents.check((String) scope.getVariable(CLAIM_ID), mechanism(scope.getVariable(MECHANISM)),
        level(scope.getVariable(LEVEL)));
  }

  static DisputeMechanism mechanism(Object value) {
    try {
      return DisputeMechanism.valueOf(String.valueOf(value).strip());
    } catch (IllegalArgumentException unknown) {
      throw new IllegalStateException("documentationCheck was called with mechanism " + value + ", not one of "
          + Arrays.toString(DisputeMechanism.values()));
    }
  }

  static Integer level(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Number number) {
      return number.intValue();
    }
    try {
      return Integer.valueOf(value.toString().strip());
    } catch (NumberFormatException notANumber) {
      throw new IllegalStateException("documentationCheck was called with level " + value + ", not a number");
    }
  }
}
