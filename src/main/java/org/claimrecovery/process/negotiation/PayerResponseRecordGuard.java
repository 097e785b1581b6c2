package org.claimrecovery.process.negotiation;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.negotiation.NegotiationVariables.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.negotiation.PayerResponses;
import org.claimrecovery.process.DecisionRefused;
import org.claimrecovery.process.ProcessValues;
import org.claimrecovery.refusal.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Refuses a payer response staff cannot record (400): the same checks as POST /api/claims/{id}/payer-responses,
 * and a channel it came through.
 */
@Component
class PayerResponseRecordGuard implements TaskListener {

  static final List<String> CHANNELS = List.of("PHONE", "MAIL", "FAX", "EMAIL");

  private final PayerResponses payerResponses;
  private final CaseClock clock;

  PayerResponseRecordGuard(PayerResponses payerResponses, CaseClock clock) {
    this.payerResponses = payerResponses;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    var problems = new ArrayList<FieldProblem>();
    Object type = task.getVariable(RESPONSE_TYPE);
    Object receivedOn = task.getVariable(RESPONSE_RECEIVED_ON);
    Object note = task.getVariable(RESPONSE_NOTE);
    try {
      problems.addAll(payerResponses.problems((String) task.getVariable(CLAIM_ID),
          type == null ? null : type.toString(), ProcessValues.amount(task.getVariable(PAYER_AMOUNT)),
          ProcessValues.date(receivedOn, clock.zone()), note == null ? null : note.toString(), null));
    } catch (RuntimeException unreadableDate) {
      problems.add(new FieldProblem("receivedOn", "is not a date (YYYY-MM-DD)"));
    }
    Object channel = task.getVariable(RESPONSE_CHANNEL);
    if (channel == null || !CHANNELS.contains(channel.toString())) {
      problems.add(new FieldProblem("channel", "must be PHONE, MAIL, FAX or EMAIL"));
    }
    if (!problems.isEmpty()) {
      throw new DecisionRefused(problems.get(0).field(),
          String.join(" ", problems.stream().map(p -> p.field() + " " + p.message()).toList()));
    }
  }
}
