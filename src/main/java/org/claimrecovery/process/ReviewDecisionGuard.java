package org.claimrecovery.process;

import static org.claimrecovery.process.CaseVariables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.review.InitialPaymentReview;
import org.claimrecovery.web.FieldProblem;
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

  ReviewDecisionGuard(ClaimRepository claims, InitialPaymentReview review, IdentityService identityService) {
    this.claims = claims;
    this.review = review;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    var claim = claims.findById((String) task.getVariable(CLAIM_ID)).orElseThrow();
    var problems = review.problems(claim, (String) task.getVariable(DECISION), (String) task.getVariable(ACCEPT_REASON));
    if (!problems.isEmpty()) {
      throw new DecisionRefused(problems.get(0).field(),
          String.join(" ", problems.stream().map(FieldProblem::message).toList()));
    }
    task.getExecution().setVariable(REVIEWED_BY, ProcessValues.actingUser(identityService, task.getAssignee()));
  }
}
