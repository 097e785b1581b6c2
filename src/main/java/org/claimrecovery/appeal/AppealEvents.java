package org.claimrecovery.appeal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.claimrecovery.appeal.AppealLevel.Decision;
import org.claimrecovery.caseevents.CaseEventHandler;
import org.claimrecovery.caseevents.EventFields;
import org.claimrecovery.settlement.Settlements;
import org.springframework.stereotype.Component;

/**
 * Internal appeal facts from outside (a payer portal, a clearinghouse, a person with a script): each goes through
 * {@link InternalAppeals}, as the same fact recorded in Tasklist does.
 */
@Component
class AppealEvents implements CaseEventHandler {

  /** BPMN messages of bpmn/internal-appeal.bpmn, one per event type. */
  static final Map<String, String> MESSAGES = Map.of(
      "APPEAL_FILED", "AppealFiled",
      "APPEAL_DECISION", "AppealDecision");

  /** The most levels of internal appeal a plan may have (29 CFR 2560.503-1(c)(2)-(3)). */
  private static final int MAX_LEVEL = 2;

  private final InternalAppeals appeals;
  private final AppealSummaries summaries;
  private final Settlements settlements;

  AppealEvents(InternalAppeals appeals, AppealSummaries summaries, Settlements settlements) {
    this.appeals = appeals;
    this.settlements = settlements;
    this.summaries = summaries;
  }

  @Override
  public Set<String> types() {
    return MESSAGES.keySet();
  }

  @Override
  public Recorded record(String claimId, String type, EventFields fields, String user) {
    var on = fields.date("on");
    var level = fields.wholeNumber("level", 1, MAX_LEVEL);
    AppealLevel appeal = switch (type) {
      case "APPEAL_FILED" -> {
        fields.throwIfInvalid();
        yield appeals.filed(claimId, level, on, user);
      }
      case "APPEAL_DECISION" -> {
        var decision = fields.oneOf("decision", Decision.class);
        var amount = fields.has("amount") ? fields.amount("amount") : null;
        fields.throwIfInvalid();
        yield appeals.decided(claimId, level, decision, amount, on, user);
      }
      default -> throw new IllegalArgumentException("not an appeal event: " + type);
    };
    // the process waits for this level's message; the variables are what its next steps read
    Map<String, Object> variables = new HashMap<>();
    variables.put("appealLevel", appeal.level());
    variables.put("appealSummary", summaries.of(claimId));
    if (appeal.decision() != null) {
      variables.put("appealDecision", appeal.decision().name());
      variables.put("appealLastLevel", appeal.lastLevel());
      if (appeal.decision() == Decision.OVERTURNED) {
        variables.put("appealResult", "OVERTURNED");
        // what the payment watch's tasks show
        variables.put("settlementSummary", settlements.summary(claimId));
      }
    }
    return new Recorded(MESSAGES.get(type), variables, appeal);
  }
}
