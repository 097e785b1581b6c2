package org.claimrecovery.process.review;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.review.ReviewVariables.*;

import java.util.ArrayList;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.negotiation.Negotiations;
import org.claimrecovery.process.DecisionRefused;
import org.claimrecovery.process.ProcessValues;
import org.claimrecovery.refusal.FieldProblem;
import org.claimrecovery.review.InitialPaymentReview;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete a review that breaks a rule (e.g. accepting a payment below the QPA without a
 * reason). The refusal reaches Tasklist and the REST API as a 400 with the reason.
 */
@Component
class ReviewDecisionGuard implements TaskListener {

  private final ClaimRepository claims;
  private final InitialPaymentReview review;
  private final IdentityService identityService;
  private final Negotiations negotiations;

  ReviewDecisionGuard(ClaimRepository claims, InitialPaymentReview review, IdentityService identityService,
      Negotiations negotiations) {
    this.claims = claims;
    this.review = review;
    this.identityService = identityService;
    this.negotiations = negotiations;
  }

  @Override
  public void notify(DelegateTask task) {
    var claim = claims.findById((String) task.getVariable(CLAIM_ID)).orElseThrow();
    var problems = new ArrayList<>(
        review.problems(claim, (String) task.getVariable(DECISION), (String) task.getVariable(ACCEPT_REASON)));
    if (problems.isEmpty() && "NEGOTIATE".equals(task.getVariable(DECISION))) {
      // whether the claim can negotiate depends on the negotiation rules (a state process needs its filing bound)
      problems.addAll(negotiations.negotiationProblems(claim.id()));
    }
    if (!problems.isEmpty()) {
      throw new DecisionRefused(problems.get(0).field(),
          String.join(" ", problems.stream().map(FieldProblem::message).toList()));
    }
    task.getExecution().setVariable(REVIEWED_BY, ProcessValues.actingUser(identityService, task.getAssignee()));
  }
}
