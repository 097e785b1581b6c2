package org.claimrecovery.process.remittance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.claimrecovery.process.DecisionRefused;
import org.claimrecovery.process.ProcessValues;
import org.claimrecovery.remittance.FileProblem;
import org.claimrecovery.remittance.RemittanceReader;
import org.claimrecovery.remittance.RemittanceRefused;
import org.springframework.stereotype.Component;

/**
 * Checks the 835 a person chose in Tasklist (process import-remittance) and hands it to the import, which runs once
 * the start has committed, outside the engine's transaction (each claim is applied in its own). A file that is not a
 * valid 835 refuses the start with where it is wrong (400 in Tasklist); the file never stays in the engine.
 */
@Component
class CheckRemittanceDelegate implements JavaDelegate {

  static final String REMITTANCE = "remittance";
  /** Problems a refusal names; the API names up to 50. */
  private static final int PROBLEMS_SHOWN = 5;

  private final TasklistRemittanceImports imports;
  private final IdentityService identityService;

  CheckRemittanceDelegate(TasklistRemittanceImports imports, IdentityService identityService) {
    this.imports = imports;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FileValue file = execution.getVariableTyped(REMITTANCE);
    if (file == null || file.getValue() == null) {
      throw new DecisionRefused(REMITTANCE, "Choose the X12 835 file to import");
    }
    byte[] content = bytesOf(file);
    try {
      RemittanceReader.validate(new ByteArrayInputStream(content));
    } catch (RemittanceRefused refused) {
      throw new DecisionRefused(REMITTANCE, "The file is not a valid X12 835, nothing was imported: "
          + refused.problems().stream().limit(PROBLEMS_SHOWN).map(FileProblem::toString)
              .collect(Collectors.joining("; "))
          + (refused.problems().size() > PROBLEMS_SHOWN ? " (and " + (refused.problems().size() - PROBLEMS_SHOWN)
              + " more)" : ""));
    }
    execution.removeVariable(REMITTANCE);
    String fileName = file.getFilename() == null ? "remittance.835" : file.getFilename();
    execution.setVariable("remittanceFileName", fileName);
    imports.importAfterCommit(content, fileName, ProcessValues.actingUser(identityService, "unknown"),
        execution.getProcessInstanceId());
  }

  private static byte[] bytesOf(FileValue file) {
    try (InputStream content = file.getValue()) {
      return content.readAllBytes();
    } catch (IOException unreadable) {
      throw new UncheckedIOException("could not read the chosen file", unreadable);
    }
  }
}
