package org.claimrecovery.process.documents;

import static org.claimrecovery.process.CaseVariables.CLAIM_ID;
import static org.claimrecovery.process.documents.DocumentationCheckVariables.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.claimrecovery.documents.DisputeMechanism;
import org.claimrecovery.documents.DocumentationCheck;
import org.claimrecovery.documents.FilingDocuments;
import org.claimrecovery.text.Markdown;
import org.claimrecovery.text.Words;

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

  /** What gatherDocuments shows: the filing deadline in words, then the missing documents by name and why. */
  static String summary(DocumentationCheck check, Object filingDueDate) {
    String deadline = filingDueDate == null || filingDueDate.toString().isBlank()
        ? "**Filing deadline** none was given: this task is due on the house follow-up day.\n\n"
        : "**Filing deadline** " + day(filingDueDate.toString()) + ": this task is due some business days before "
            + "it, so that the filing can still go out.\n\n";
    return Markdown.bounded(deadline + check.missingSummary(),
        "the claim's documents (GET /api/claims/" + check.claimId() + "/documents)");
  }

  /** The model passes the filing deadline as an ISO day (or date-time); shown as people read a day. */
  private static String day(String isoDay) {
    try {
      return Words.day(LocalDate.parse(isoDay.length() > 10 ? isoDay.substring(0, 10) : isoDay));
    } catch (DateTimeParseException notADay) {
      return Markdown.text(isoDay);
    }
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
