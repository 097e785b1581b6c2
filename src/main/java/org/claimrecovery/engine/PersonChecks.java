package org.claimrecovery.engine;

import static org.claimrecovery.engine.AccessSeeding.CASE_PROCESSES;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * Camunda's authorization checks, plus two rules that hold for every person, the administrator included,
 * whatever was granted: a task is claimed and completed only by someone allowed to work it
 * ({@link TaskHolders}), and a case process is started only by the product (intake, or the engine itself
 * through a call activity), never by a person through the engine API or Cockpit. The product's own calls run
 * without authorization checks ({@code process/PrivilegedEngineCalls}) and jobs without a user; neither is a
 * person's call.
 */
@Component
class PersonChecks extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCommandCheckers(List.of(new TenantCommandChecker(), new Checks()));
  }

  /** The person calling, when the engine checks this call's authorizations; null otherwise. */
  private static Authentication person() {
    var commandContext = Context.getCommandContext();
    var caller = commandContext.getAuthentication();
    boolean checked = commandContext.getProcessEngineConfiguration().isAuthorizationEnabled()
        && commandContext.isAuthorizationCheckEnabled() && caller != null && caller.getUserId() != null;
    return checked ? caller : null;
  }

  static final class Checks extends AuthorizationCommandChecker {

    @Override
    public void checkTaskWork(TaskEntity task) {
      super.checkTaskWork(task);
      var person = person();
      if (person == null || task.getTaskDefinition() == null) {
        return;
      }
      List<String> groups = person.getGroupIds() == null ? List.of() : person.getGroupIds();
      if (!TaskHolders.mayWork(TaskHolders.modelCandidateGroups(task), groups)) {
        throw new AuthorizationException("User " + person.getUserId() + " may not work task "
            + TaskHolders.taskName(task) + ": only members of its candidate groups and supervisors work tasks, "
            + "never auditors.");
      }
    }

    @Override
    public void checkCreateProcessInstance(ProcessDefinition definition) {
      super.checkCreateProcessInstance(definition);
      var person = person();
      if (person != null && CASE_PROCESSES.contains(definition.getKey())) {
        throw new AuthorizationException("User " + person.getUserId() + " may not start " + definition.getKey()
            + " by hand: a case starts when its claim is posted (POST /api/claims) and runs its stages itself.");
      }
    }
  }
}
