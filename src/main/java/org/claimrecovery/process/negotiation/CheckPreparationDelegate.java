package org.claimrecovery.process.negotiation;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.negotiation.NegotiationVariables.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.negotiation.JustificationGround;
import org.claimrecovery.negotiation.Negotiations;
import org.claimrecovery.process.ProcessValues;
import org.claimrecovery.refusal.FieldProblem;
import org.claimrecovery.text.Markdown;
import org.springframework.stereotype.Component;

/**
 * The guard before the notice: target, justification, required documents and the claims named to be
 * negotiated with this one (bundleClaimNumbers). Sets preparationComplete, afterPreparation (send, wait for the
 * bundle, or leave the negotiation to the bundle's lead) and, when something is missing, preparationProblems
 * (shown on the preparation task the case returns to).
 */
@Component
class CheckPreparationDelegate implements JavaDelegate {

  private final Negotiations negotiations;
  private final IdentityService identityService;

  CheckPreparationDelegate(Negotiations negotiations, IdentityService identityService) {
    this.negotiations = negotiations;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var grounds = new ArrayList<JustificationGround>();
    var unknown = new ArrayList<FieldProblem>();
    for (String ground : ProcessValues.list(execution.getVariable(JUSTIFICATION_GROUNDS))) {
      try {
        grounds.add(JustificationGround.valueOf(ground));
      } catch (IllegalArgumentException notAGround) {
        unknown.add(new FieldProblem("justificationGrounds", "Unknown justification ground " + ground + "."));
      }
    }
    var check = negotiations.checkPreparation((String) execution.getVariable(CLAIM_ID),
        ProcessValues.amount(execution.getVariable(TARGET_AMOUNT)), List.copyOf(grounds),
        (String) execution.getVariable(JUSTIFICATION), (String) execution.getVariable(BUNDLE_CLAIM_NUMBERS),
        ProcessValues.actingUser(identityService, "unknown"));
    var problems = new ArrayList<>(unknown);
    problems.addAll(check.problems());
    execution.setVariable(PREPARATION_COMPLETE, problems.isEmpty());
    execution.setVariable(AFTER_PREPARATION, problems.isEmpty() ? check.next().name() : null);
    // messages name the claim numbers a person typed: as many as they like
    execution.setVariable(PREPARATION_PROBLEMS, Markdown.bounded(
        String.join("\n", problems.stream().map(problem -> "- " + problem.message()).toList()),
        "the preparation form's summary"));
    execution.setVariable(PREPARATION_SUMMARY, check.summary());
  }
}
