package org.claimrecovery.process.negotiation;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.negotiation.NegotiationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.claimrecovery.negotiation.PayerResponses;
import org.claimrecovery.process.DecisionRefused;
import org.claimrecovery.process.ProcessValues;
import org.claimrecovery.refusal.FieldProblem;
import org.springframework.stereotype.Component;

/** Refuses an evaluation that cannot be carried out (settling without an amount, countering without one). */
@Component
class PayerResponseDecisionGuard implements TaskListener {

  private final PayerResponses payerResponses;

  PayerResponseDecisionGuard(PayerResponses payerResponses) {
    this.payerResponses = payerResponses;
  }

  @Override
  public void notify(DelegateTask task) {
    var problems = payerResponses.evaluationProblems((String) task.getVariable(CLAIM_ID),
        (String) task.getVariable(NEGOTIATION_DECISION), ProcessValues.amount(task.getVariable(COUNTER_AMOUNT)));
    if (!problems.isEmpty()) {
      throw new DecisionRefused(problems.get(0).field(),
          String.join(" ", problems.stream().map(FieldProblem::message).toList()));
    }
  }
}
