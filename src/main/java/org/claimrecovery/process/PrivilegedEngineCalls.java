package org.claimrecovery.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine calls the product API makes after its own permission check (e.g. intake may open a case, a
 * payer response may be correlated). People have no right to start cases, correlate messages or write
 * variables through the engine API; the product does it for them here. Only the engine's authorization check
 * is skipped: the caller stays authenticated, so the engine still records who acted.
 */
@Component
public class PrivilegedEngineCalls {

  private final ProcessEngineConfigurationImpl engine;

  PrivilegedEngineCalls(ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
  }

  public <T> T run(Supplier<T> engineCalls) {
    // joins the command (and transaction) already running, e.g. when a delegate calls back into the engine
    return engine.getCommandExecutorTxRequired()
        .execute(commandContext -> commandContext.runWithoutAuthorization(engineCalls::get));
  }

  public void run(Runnable engineCalls) {
    run(() -> {
      engineCalls.run();
      return null;
    });
  }
}
