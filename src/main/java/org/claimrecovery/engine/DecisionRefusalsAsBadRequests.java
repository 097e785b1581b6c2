package org.claimrecovery.engine;

import java.util.ArrayList;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.claimrecovery.process.DecisionRefused;
import org.springframework.stereotype.Component;

/**
 * The engine wraps exceptions from task listeners twice, which would turn a guard's refusal into a 500.
 * This outermost interceptor hands the refusal itself to the caller, so the REST API answers 400 with
 * the guard's reason. The transaction has rolled back by then.
 */
@Component
class DecisionRefusalsAsBadRequests extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    var interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<CommandInterceptor>()
        : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(0, new Unwrapping());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  static class Unwrapping extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (ProcessEngineException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
          if (cause instanceof DecisionRefused refused) {
            throw refused;
          }
        }
        throw failure;
      }
    }
  }
}
