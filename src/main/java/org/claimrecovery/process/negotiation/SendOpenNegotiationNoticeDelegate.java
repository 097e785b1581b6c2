package org.claimrecovery.process.negotiation;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.negotiation.NegotiationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.correspondence.DeliveryStatus;
import org.claimrecovery.negotiation.Negotiations;
import org.claimrecovery.process.DeadlineExpressions;
import org.claimrecovery.text.Markdown;
import org.springframework.stereotype.Component;

/**
 * Sends the open negotiation notice once (idempotent by case, kind and round). E-mail opens the period at
 * once; any other channel leaves an outbox item and noticeAwaitsDispatch for a person to confirm.
 */
@Component
class SendOpenNegotiationNoticeDelegate implements JavaDelegate {

  private final Negotiations negotiations;
  private final DeadlineExpressions deadlines;

  SendOpenNegotiationNoticeDelegate(Negotiations negotiations, DeadlineExpressions deadlines) {
    this.negotiations = negotiations;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    var entry = negotiations.sendNotice(claimId);
    execution.setVariable(NOTICE_CHANNEL, entry.channel().name());
    execution.setVariable(NOTICE_RECIPIENT, entry.recipient());
    execution.setVariable(NOTICE_DISPATCH_SUMMARY, Markdown.bounded(CamundaNegotiationWorkflow.dispatchSummary(entry),
        CamundaNegotiationWorkflow.correspondenceAt(claimId)));
    execution.setVariable(NOTICE_AWAITS_DISPATCH, entry.deliveryStatus() != DeliveryStatus.SENT);
    // the notice met its deadline: Tasklist's "Next deadline" column moves on (e.g. to the period's end)
    execution.setVariable(NEXT_DEADLINE, deadlines.providerDueDay(execution));
  }
}
