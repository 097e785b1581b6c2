package org.claimrecovery.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Keeps, for a request {@link WebappRefusals} watches, what the engine refused in it: the field and reason of a
 * rule's refusal, or the groups of the person a permission check refused. The REST layer answers with the message
 * alone, so this is where the field and the person are still known. Outside a watched request nothing is kept.
 */
@Component
class RefusalWitness extends AbstractProcessEnginePlugin {

  /** A refused form input (field and reason), or a refused change (notPermitted, with the person's groups). */
  record Refusal(String field, String reason, List<String> groups, boolean notPermitted) {}

  private static final ThreadLocal<Refusal[]> WATCHED = new ThreadLocal<>();

  private IdentityService identity;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    var interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<CommandInterceptor>()
        : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(0, new Witnessing());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    identity = configuration.getIdentityService();
  }

  /** Starts keeping what this thread's engine calls refuse. */
  static void watch() {
    WATCHED.set(new Refusal[1]);
  }

  /** Stops keeping, and hands over the last refusal (null if there was none). */
  static Refusal seen() {
    Refusal[] seen = WATCHED.get();
    WATCHED.remove();
    return seen == null ? null : seen[0];
  }

  private void saw(RuntimeException failure) {
    Refusal[] seen = WATCHED.get();
    if (seen == null) {
      return;
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException refused) {
        Object field = refused.getDetail();
        seen[0] = new Refusal(field == null ? null : field.toString(), refused.getMessage(), List.of(), false);
        return;
      }
      if (cause instanceof AuthorizationException) {
        Authentication person = identity == null ? null : identity.getCurrentAuthentication();
        List<String> groups = person == null || person.getGroupIds() == null ? List.of() : person.getGroupIds();
        seen[0] = new Refusal(null, cause.getMessage(), List.copyOf(groups), true);
        return;
      }
    }
  }

  private final class Witnessing extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (RuntimeException failure) {
        saw(failure);
        throw failure;
      }
    }
  }
}
