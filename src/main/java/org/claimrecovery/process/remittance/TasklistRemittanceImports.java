package org.claimrecovery.process.remittance;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.RuntimeService;
import org.claimrecovery.process.PrivilegedEngineCalls;
import org.claimrecovery.remittance.RemittanceImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs the imports started in Tasklist, one at a time, after the start's transaction has committed (the process then
 * waits for it), and tells the process what the import did: its report for the person who started it. The file is
 * held in memory until then, never in the engine; a node that stops before leaves the process waiting, and the file
 * is imported again by starting anew (a file imported before changes nothing).
 */
@Component
class TasklistRemittanceImports {

  static final String MESSAGE_REMITTANCE_IMPORTED = "RemittanceImported";
  private static final Logger log = LoggerFactory.getLogger(TasklistRemittanceImports.class);

  private final RemittanceImport remittanceImport;
  private final RuntimeService runtime;
  private final PrivilegedEngineCalls privileged;
  private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
    var thread = new Thread(runnable, "tasklist-remittance-import");
    thread.setDaemon(true);
    return thread;
  });

  TasklistRemittanceImports(RemittanceImport remittanceImport, RuntimeService runtime,
      PrivilegedEngineCalls privileged) {
    this.remittanceImport = remittanceImport;
    this.runtime = runtime;
    this.privileged = privileged;
  }

  void importAfterCommit(byte[] content, String fileName, String user, String processInstanceId) {
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        executor.submit(() -> importNow(content, fileName, user, processInstanceId));
      }
    });
  }

  private void importNow(byte[] content, String fileName, String user, String processInstanceId) {
    var variables = new HashMap<String, Object>();
    try {
      var result = remittanceImport.importFile(() -> new ByteArrayInputStream(content), fileName, user);
      var report = result.report();
      variables.put("remittanceId", report.id());
      variables.put("importSummary", (result.imported() ? "" : "This file was imported before; nothing changed. ")
          + remittanceImport.summary(report.id()));
    } catch (RuntimeException failed) {
      log.warn("The import of process instance {} failed: {}", processInstanceId, failed.getClass().getSimpleName());
      variables.put("importSummary", "The import failed (" + failed.getClass().getSimpleName() + "). Claims "
          + "applied before the failure stay applied; starting the import again applies the others.");
    }
    privileged.run(() -> runtime.createMessageCorrelation(MESSAGE_REMITTANCE_IMPORTED)
        .processInstanceId(processInstanceId).setVariables(variables).correlate());
  }
}
