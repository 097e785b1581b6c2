package org.claimrecovery.process.idr;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.idr.IdrVariables.*;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.claimrecovery.idr.FederalIdr;
import org.claimrecovery.process.DecisionRefused;
import org.claimrecovery.process.ProcessValues;
import org.claimrecovery.refusal.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * On completing prepareIdrInitiation: refuses (400, the task stays with its person) a preparation without an offer
 * or a justification, or whose justification cites what the certified IDR entity must not consider, unless a billing
 * supervisor completes it with a written override reason, or that names a claim which may not be batched with it
 * (batchClaimNumbers); otherwise records the prepared dispute and sets afterIdrPreparation (FILE, AWAIT_BATCH or
 * FILED_BY_LEAD).
 */
@Component
class IdrInitiationGuard implements TaskListener {

  private final FederalIdr idr;
  private final IdentityService identityService;

  IdrInitiationGuard(FederalIdr idr, IdentityService identityService) {
    this.idr = idr;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    // the preferred entity is kept with the dispute; the notice names none until entities carry their numbers
    var preparation = idr.prepare((String) task.getVariable(CLAIM_ID),
        ProcessValues.amount(task.getVariable(OFFER_AMOUNT)), text(task.getVariable(OFFER_JUSTIFICATION)),
        text(task.getVariable(OVERRIDE_REASON)), text(task.getVariable(IDR_ENTITY)),
        text(task.getVariable(BATCH_CLAIM_NUMBERS)), bySupervisor(),
        ProcessValues.actingUser(identityService, task.getAssignee() == null ? SYSTEM : task.getAssignee()));
    List<FieldProblem> problems = preparation.problems();
    if (!problems.isEmpty()) {
      throw new DecisionRefused(problems.get(0).field(),
          String.join(" ", problems.stream().map(FieldProblem::message).toList()));
    }
    task.getExecution().setVariable(AFTER_IDR_PREPARATION, preparation.next().name());
  }

  /** Whether the person completing the task is a billing supervisor (the engine's current authentication). */
  private boolean bySupervisor() {
    var authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return false;
    }
    if (authentication.getGroupIds() != null && authentication.getGroupIds().contains(SUPERVISORS)) {
      return true;
    }
    // an authentication set without its groups: ask the identity service
    return (authentication.getGroupIds() == null || authentication.getGroupIds().isEmpty())
        && identityService.createGroupQuery().groupMember(authentication.getUserId()).groupId(SUPERVISORS).count() > 0;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
