package org.claimrecovery.process.negotiation;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.negotiation.NegotiationVariables.*;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.negotiation.Negotiations;
import org.claimrecovery.process.ProcessValues;
import org.claimrecovery.process.RecordedFacts;
import org.springframework.stereotype.Component;

/**
 * Sends our counteroffer as the next round, through the channel the notice used (idempotent per round). The job runs
 * without a user: the round's author is who completed the evaluation that chose to counter.
 */
@Component
class SendCounterofferDelegate implements JavaDelegate {

  private final Negotiations negotiations;
  private final HistoryService history;

  SendCounterofferDelegate(Negotiations negotiations, HistoryService history) {
    this.negotiations = negotiations;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    negotiations.sendCounteroffer((String) execution.getVariable(CLAIM_ID),
        ProcessValues.amount(execution.getVariable(COUNTER_AMOUNT)),
        RecordedFacts.completedBy(history, execution.getProcessInstanceId(), "evaluatePayerResponse"));
  }
}
