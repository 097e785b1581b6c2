package org.claimrecovery.statedispute;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.claimrecovery.caseevents.CaseEventHandler;
import org.claimrecovery.caseevents.EventFields;
import org.claimrecovery.settlement.Settlements;
import org.claimrecovery.statedispute.StateDispute.Decision;
import org.springframework.stereotype.Component;

/**
 * State dispute facts from outside (the state body's portal, a clearinghouse, a person with a script): each goes
 * through {@link StateDisputes}, as the same fact recorded in Tasklist does.
 */
@Component
class StateDisputeEvents implements CaseEventHandler {

  /** BPMN messages of bpmn/state-dispute.bpmn, one per event type. */
  static final Map<String, String> MESSAGES = Map.of(
      "STATE_DISPUTE_FILED", "StateDisputeFiled",
      "STATE_DISPUTE_DECISION", "StateDisputeDecision");

  private final StateDisputes disputes;
  private final StateDisputeSummaries summaries;
  private final Settlements settlements;

  StateDisputeEvents(StateDisputes disputes, StateDisputeSummaries summaries, Settlements settlements) {
    this.disputes = disputes;
    this.summaries = summaries;
    this.settlements = settlements;
  }

  @Override
  public Set<String> types() {
    return MESSAGES.keySet();
  }

  @Override
  public Recorded record(String claimId, String type, EventFields fields, String user) {
    var on = fields.date("on");
    StateDispute dispute = switch (type) {
      case "STATE_DISPUTE_FILED" -> {
        var reference = fields.has("reference") ? fields.text("reference", 200) : null;
        fields.throwIfInvalid();
        yield disputes.filed(claimId, on, reference, user);
      }
      case "STATE_DISPUTE_DECISION" -> {
        var decision = fields.oneOf("decision", Decision.class);
        var amount = fields.has("amount") ? fields.amount("amount") : null;
        fields.throwIfInvalid();
        yield disputes.decided(claimId, decision, amount, on, user);
      }
      default -> throw new IllegalArgumentException("not a state dispute event: " + type);
    };
    // the process waits for this message; the variables are what its next steps read
    Map<String, Object> variables = new HashMap<>();
    variables.put("stateDisputeSummary", summaries.of(claimId));
    if (dispute.decision() != null) {
      variables.put("stateDisputeDecision", dispute.decision().name());
      variables.put("stateDisputeResult", dispute.decision().name());
      if (dispute.decision() == Decision.WON) {
        variables.put("settlementSummary", settlements.summary(claimId));
      }
    }
    return new Recorded(MESSAGES.get(type), variables, dispute);
  }
}
