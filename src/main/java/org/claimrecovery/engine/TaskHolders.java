package org.claimrecovery.engine;

import static org.claimrecovery.engine.Groups.AUDITORS;
import static org.claimrecovery.engine.Groups.SUPERVISORS;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A task is held and worked only by someone allowed to work it: a member of the candidate groups its model
 * names, or a supervisor; an auditor never. The engine gives whoever is made assignee, owner or candidate of a
 * task the right to work it (Camunda's default task permission), so the rule sits where the engine grants
 * that right: naming anyone else as assignee, owner or candidate is refused (400). {@link PersonChecks} refuses
 * claiming or completing (403) to a caller outside the rule even if someone granted them the permission by hand.
 *
 * <p>Also: deploying gives the deployer read access to the deployment, not delete (Camunda's default grants
 * both, and deleting a deployment with cascade erases its cases and their history).
 */
@Component
class TaskHolders extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new HolderGrants());
  }

  /** Whether a person in these groups may hold and work a task whose model names these candidate groups. */
  static boolean mayWork(Collection<String> taskCandidateGroups, Collection<String> personGroups) {
    if (personGroups.contains(AUDITORS)) {
      return false;
    }
    return personGroups.contains(SUPERVISORS) || personGroups.stream().anyMatch(taskCandidateGroups::contains);
  }

  /** The candidate groups the task's model names; empty for a task outside a process. */
  static Set<String> modelCandidateGroups(TaskEntity task) {
    var groups = new LinkedHashSet<String>();
    if (task.getTaskDefinition() == null) {
      return groups;
    }
    for (var expression : task.getTaskDefinition().getCandidateGroupIdExpressions()) {
      Object value = expression.getValue(task);
      if (value instanceof Collection<?> collection) {
        collection.forEach(group -> groups.add(group.toString().strip()));
      } else if (value != null) {
        for (String group : value.toString().split(",")) {
          groups.add(group.strip());
        }
      }
    }
    return groups;
  }

  private static List<String> groupsOf(String userId) {
    var commandContext = Context.getCommandContext();
    return commandContext.runWithoutAuthorization(() -> Context.getProcessEngineConfiguration().getIdentityService()
        .createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList());
  }

  static String taskName(Task task) {
    return task.getName() != null ? "'" + task.getName() + "'" : task.getId();
  }

  /** Camunda's default grants, refusing a holder outside the rule and a deployer's delete right. */
  static final class HolderGrants extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
      requireHolder(task, newAssignee, "assigned to");
      return super.newTaskAssignee(task, oldAssignee, newAssignee);
    }

    @Override
    public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
      requireHolder(task, newOwner, "owned by");
      return super.newTaskOwner(task, oldOwner, newOwner);
    }

    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
      requireHolder(task, userId, "offered to");
      return super.newTaskUserIdentityLink(task, userId, type);
    }

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
      var modelGroups = modelCandidateGroups((TaskEntity) task);
      if (groupId != null && !groupId.equals(SUPERVISORS) && !modelGroups.contains(groupId)) {
        throw new BadUserRequestException("Task " + taskName(task) + " cannot be offered to group " + groupId
            + ": only " + allowed(modelGroups) + " work it.");
      }
      return super.newTaskGroupIdentityLink(task, groupId, type);
    }

    @Override
    public AuthorizationEntity[] newDeployment(Deployment deployment) {
      var authorizations = super.newDeployment(deployment);
      if (authorizations != null) {
        for (var authorization : authorizations) {
          authorization.setPermissions(new Permission[] {Permissions.READ});
        }
      }
      return authorizations;
    }

    private static void requireHolder(Task task, String userId, String how) {
      if (userId == null || !(task instanceof TaskEntity entity)) {
        return;
      }
      var modelGroups = modelCandidateGroups(entity);
      if (entity.getTaskDefinition() != null && !mayWork(modelGroups, groupsOf(userId))) {
        throw new BadUserRequestException("Task " + taskName(task) + " cannot be " + how + " " + userId + ": only "
            + allowed(modelGroups) + " work it.");
      }
    }

    private static String allowed(Set<String> modelGroups) {
      var groups = new LinkedHashSet<>(modelGroups);
      groups.add(SUPERVISORS);
      return "members of " + String.join(", ", groups);
    }
  }
}
