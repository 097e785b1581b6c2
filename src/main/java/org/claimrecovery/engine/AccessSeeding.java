package org.claimrecovery.engine;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.TASK_ASSIGN;
import static org.claimrecovery.engine.Groups.*;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Groups, least-privilege authorizations and Tasklist filters, seeded at every start and idempotent. The
 * product groups' standing grants are exactly what is declared here (README, "Access matrix"): what is
 * missing is added, and a permission or grant no longer declared is revoked, so an upgraded database loses
 * rights an earlier release gave. Grants the engine makes per task (to its candidate groups) are left alone.
 * Specialists and supervisors work tasks; auditors read everything and change nothing; process owners deploy
 * models.
 */
@Component
class AccessSeeding extends AbstractProcessEnginePlugin {

  static final String CLAIM_RECOVERY = "claim-recovery";
  static final String NEGOTIATION = "negotiation";
  static final String ATTACH_DOCUMENT = "attach-document";
  static final String IMPORT_REMITTANCE = "import-remittance";
  static final String DISPATCH_LETTER = "dispatch-letter";
  static final String FEDERAL_IDR = "federalIdr";
  static final String INTERNAL_APPEAL = "internalAppeal";
  static final String EXTERNAL_REVIEW = "externalReview";
  static final String STATE_DISPUTE = "stateDispute";
  static final String REGULATOR_COMPLAINT = "regulatorComplaint";
  static final String DOCUMENTATION_CHECK = "documentationCheck";
  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";
  /** The Tasklist filter of auditors and supervisors: every open task they may read. */
  static final String ALL_OPEN_TASKS = "All open tasks";
  /** The processes of a case: their instances change only through tasks and the product API. */
  static final List<String> CASE_PROCESSES = List.of(CLAIM_RECOVERY, NEGOTIATION, DISPATCH_LETTER, FEDERAL_IDR,
      INTERNAL_APPEAL, EXTERNAL_REVIEW, STATE_DISPUTE, REGULATOR_COMPLAINT, DOCUMENTATION_CHECK);
  static final List<String> PRODUCT_GROUPS = List.of(SPECIALISTS, SUPERVISORS, AUDITORS, PROCESS_OWNERS, INTEGRATIONS);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    var identity = engine.getIdentityService();
    for (String group : PRODUCT_GROUPS) {
      ensureGroup(identity, group);
    }
    var grants = new Grants(engine.getAuthorizationService());

    // Specialists work their groups' tasks (TASK_WORK comes with each task, granted to its candidate groups)
    // and read the cases those tasks belong to. They change a case only by completing a task or through the
    // product API, which checks its own permissions: no variable writes, instance starts, message
    // correlation or job execution through the engine API.
    grants.grant(SPECIALISTS, Resources.APPLICATION, TASKLIST, ACCESS);
    // READ_INSTANCE: Tasklist shows a task's case variables (claim, payer, amount, deadline) only to readers of the case
    for (String caseProcess : CASE_PROCESSES) {
      grants.grant(SPECIALISTS, Resources.PROCESS_DEFINITION, caseProcess, READ, READ_INSTANCE);
    }
    // "Start process" in Tasklist: attach a document to a claim (the file goes to the claim's documents)
    grants.grant(SPECIALISTS, Resources.PROCESS_DEFINITION, ATTACH_DOCUMENT, READ, CREATE_INSTANCE);
    // and import a remittance (X12 835), whose report the starter then reads in a task of the import
    grants.grant(SPECIALISTS, Resources.PROCESS_DEFINITION, IMPORT_REMITTANCE, READ, CREATE_INSTANCE, READ_INSTANCE);
    grants.grant(SPECIALISTS, Resources.PROCESS_INSTANCE, ANY, CREATE);

    // Supervisors also see every task of a case and reassign it, to a person allowed to work it (TaskHolders)
    grants.grant(SUPERVISORS, Resources.APPLICATION, TASKLIST, ACCESS);
    grants.grant(SUPERVISORS, Resources.APPLICATION, COCKPIT, ACCESS);
    for (String caseProcess : CASE_PROCESSES) {
      grants.grant(SUPERVISORS, Resources.PROCESS_DEFINITION, caseProcess, READ, READ_INSTANCE, READ_TASK,
          TASK_ASSIGN, READ_HISTORY);
    }
    grants.grant(SUPERVISORS, Resources.PROCESS_DEFINITION, ATTACH_DOCUMENT, READ, CREATE_INSTANCE);
    grants.grant(SUPERVISORS, Resources.PROCESS_DEFINITION, IMPORT_REMITTANCE, READ, CREATE_INSTANCE, READ_INSTANCE);
    grants.grant(SUPERVISORS, Resources.PROCESS_INSTANCE, ANY, CREATE);

    // Integrations use the product API only; it makes its engine calls itself.

    // auditors: READ only, everywhere a case leaves a trace
    grants.grant(AUDITORS, Resources.APPLICATION, COCKPIT, ACCESS);
    grants.grant(AUDITORS, Resources.APPLICATION, TASKLIST, ACCESS);
    grants.grant(AUDITORS, Resources.PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_TASK, READ_HISTORY);
    grants.grant(AUDITORS, Resources.PROCESS_INSTANCE, ANY, READ);
    grants.grant(AUDITORS, Resources.TASK, ANY, READ);
    grants.grant(AUDITORS, Resources.DECISION_DEFINITION, ANY, READ, Permissions.READ_HISTORY);
    grants.grant(AUDITORS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, READ);
    grants.grant(AUDITORS, Resources.DEPLOYMENT, ANY, READ);
    grants.grant(AUDITORS, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
    grants.grant(AUDITORS, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);

    // process owners deploy models (checked by the model policy) and read how processes run; deleting a
    // deployment cascades into cases and their history, so that is the administrator's alone
    grants.grant(PROCESS_OWNERS, Resources.APPLICATION, COCKPIT, ACCESS);
    grants.grant(PROCESS_OWNERS, Resources.DEPLOYMENT, ANY, CREATE, READ);
    grants.grant(PROCESS_OWNERS, Resources.PROCESS_DEFINITION, ANY, READ, READ_HISTORY);
    grants.grant(PROCESS_OWNERS, Resources.DECISION_DEFINITION, ANY, READ, Permissions.READ_HISTORY);
    grants.grant(PROCESS_OWNERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, READ);

    seedFilters(engine.getFilterService(), engine.getTaskService(), grants);
    grants.revokeUndeclared(PRODUCT_GROUPS);
  }

  private static void ensureGroup(IdentityService identity, String groupId) {
    if (identity.createGroupQuery().groupId(groupId).count() == 0) {
      var group = identity.newGroup(groupId);
      group.setName(groupId);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
  }

  /** The columns Tasklist shows for every case task: enough to prioritise without opening it. */
  private static final List<Map<String, String>> CASE_COLUMNS = List.of(
      Map.of("name", "claimNumber", "label", "Claim"),
      Map.of("name", "payerName", "label", "Payer"),
      Map.of("name", "amountAtStake", "label", "Amount at stake"),
      Map.of("name", "nextDeadline", "label", "Next deadline"));

  private void seedFilters(FilterService filters, TaskService tasks, Grants grants) {
    // auditors never hold a task (TaskHolders), so "My tasks" and "Group tasks" would always be empty for them
    List<String> workers = List.of(SPECIALISTS, SUPERVISORS);
    List<String> readers = List.of(SPECIALISTS, SUPERVISORS, AUDITORS);
    TaskQuery mine = tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}");
    TaskQuery group = tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
        .taskUnassigned();
    // a task's follow-up date is its escalation day: 5 business days before its deadline, by the rules
    TaskQuery dueSoon = tasks.createTaskQuery().followUpBeforeExpression("${now()}");
    // every open task the reader may see: the filter grants no task, the engine shows each reader only the tasks
    // its authorizations let it read (auditors all, supervisors those of the case processes)
    TaskQuery open = tasks.createTaskQuery();
    ensureFilter(filters, grants, "My tasks", "Tasks assigned to me, earliest deadline first", -10,
        mine.orderByDueDate().asc(), workers);
    ensureFilter(filters, grants, "Group tasks", "Unclaimed tasks of my groups", -5,
        group.orderByDueDate().asc(), workers);
    ensureFilter(filters, grants, "Due within 5 business days", "Open tasks at or past their escalation day", 0,
        dueSoon.orderByDueDate().asc(), readers);
    ensureFilter(filters, grants, ALL_OPEN_TASKS, "Every open task I may read, earliest deadline first", 10,
        open.orderByDueDate().asc(), List.of(SUPERVISORS, AUDITORS));
  }

  private static void ensureFilter(FilterService filters, Grants grants, String name, String description,
      int priority, TaskQuery query, List<String> readers) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(name)
          .setQuery(query)
          .setProperties(Map.of("description", description, "priority", priority, "refresh", true,
              "variables", CASE_COLUMNS));
      filters.saveFilter(filter);
    }
    for (String reader : readers) {
      grants.grant(reader, Resources.FILTER, filter.getId(), READ);
    }
  }

  /**
   * Grants exactly the declared permissions; {@link #revokeUndeclared} then removes every standing grant of
   * the product groups that was not declared (per-task grants, with a task id as resource id, stay).
   */
  private static final class Grants {

    private final AuthorizationService authorizations;
    private final Set<String> declared = new HashSet<>();

    Grants(AuthorizationService authorizations) {
      this.authorizations = authorizations;
    }

    void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
      declared.add(groupId + "|" + resource.resourceType() + "|" + resourceId);
      var existing = authorizations.createAuthorizationQuery()
          .authorizationType(AUTH_TYPE_GRANT)
          .groupIdIn(groupId)
          .resourceType(resource)
          .resourceId(resourceId)
          .singleResult();
      var authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      if (existing == null) {
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
      }
      int before = existing == null ? -1 : ((AuthorizationEntity) existing).getPermissions();
      authorization.setPermissions(permissions);
      if (((AuthorizationEntity) authorization).getPermissions() != before) {
        authorizations.saveAuthorization(authorization);
      }
    }

    void revokeUndeclared(List<String> groupIds) {
      for (var authorization : authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
          .groupIdIn(groupIds.toArray(String[]::new)).list()) {
        boolean standing = ANY.equals(authorization.getResourceId())
            || STANDING_RESOURCE_TYPES.contains(authorization.getResourceType());
        boolean isDeclared = declared.contains(authorization.getGroupId() + "|" + authorization.getResourceType()
            + "|" + authorization.getResourceId());
        if (standing && !isDeclared) {
          authorizations.deleteAuthorization(authorization.getId());
        }
      }
    }
  }

  /** Resources whose grants name a definition, application or filter, not a single task or instance. */
  private static final Set<Integer> STANDING_RESOURCE_TYPES = Set.of(Resources.APPLICATION.resourceType(),
      Resources.PROCESS_DEFINITION.resourceType(), Resources.DECISION_DEFINITION.resourceType(),
      Resources.DECISION_REQUIREMENTS_DEFINITION.resourceType(), Resources.DEPLOYMENT.resourceType(),
      Resources.FILTER.resourceType());
}
