package org.claimrecovery.process.negotiation;

import static org.claimrecovery.process.CaseVariables.CLAIM_ID;
import static org.claimrecovery.process.negotiation.NegotiationVariables.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.claimrecovery.negotiation.JustificationGround;
import org.claimrecovery.negotiation.Negotiations;
import org.claimrecovery.process.DecisionRefused;
import org.claimrecovery.process.ProcessValues;
import org.claimrecovery.refusal.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * The guard before the notice, on completing prepareNegotiation: target, justification, required documents and the
 * claims named to be negotiated with this one (bundleClaimNumbers). What is missing refuses the completion with every
 * problem in words (400): nothing is recorded and the task stays with its person. Otherwise the preparation is
 * recorded, afterPreparation says what follows (send, wait for the bundle, or leave the negotiation to its lead) and
 * preparationSummary what was prepared.
 */
@Component
class PrepareNegotiationGuard implements TaskListener {

  private final Negotiations negotiations;
  private final IdentityService identityService;

  PrepareNegotiationGuard(Negotiations negotiations, IdentityService identityService) {
    this.negotiations = negotiations;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    var grounds = new ArrayList<JustificationGround>();
    for (String ground : ProcessValues.list(task.getVariable(JUSTIFICATION_GROUNDS))) {
      try {
        grounds.add(JustificationGround.valueOf(ground));
      } catch (IllegalArgumentException notAGround) {
        throw new DecisionRefused(JUSTIFICATION_GROUNDS, "Choose the justification grounds from the list.");
      }
    }
    var check = negotiations.checkPreparation((String) task.getVariable(CLAIM_ID),
        ProcessValues.amount(task.getVariable(TARGET_AMOUNT)), List.copyOf(grounds),
        (String) task.getVariable(JUSTIFICATION), (String) task.getVariable(BUNDLE_CLAIM_NUMBERS),
        ProcessValues.actingUser(identityService, "unknown"));
    if (!check.passed()) {
      throw new DecisionRefused(check.problems().get(0).field(), "The notice cannot be sent yet: "
          + String.join(" ", check.problems().stream().map(FieldProblem::message).toList()));
    }
    task.getExecution().setVariable(AFTER_PREPARATION, check.next().name());
    // what the later tasks of the lead show of its bundle, kept with the case's history
    task.getExecution().setVariable(PREPARATION_SUMMARY, check.summary());
  }
}
