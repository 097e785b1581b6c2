package org.claimrecovery.complaint;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.claimrecovery.caseevents.CaseEventHandler;
import org.claimrecovery.caseevents.EventFields;
import org.claimrecovery.complaint.RegulatorComplaint.Result;
import org.claimrecovery.settlement.Settlements;
import org.springframework.stereotype.Component;

/**
 * Complaint facts from outside (the regulator's portal, a person with a script): each goes through
 * {@link RegulatorComplaints}, as the same fact recorded in Tasklist does.
 */
@Component
class ComplaintEvents implements CaseEventHandler {

  /** BPMN messages of bpmn/regulator-complaint.bpmn, one per event type. */
  static final Map<String, String> MESSAGES = Map.of(
      "COMPLAINT_FILED", "ComplaintFiled",
      "COMPLAINT_RESOLVED", "ComplaintResolved");

  private final RegulatorComplaints complaints;
  private final ComplaintSummaries summaries;
  private final Settlements settlements;

  ComplaintEvents(RegulatorComplaints complaints, ComplaintSummaries summaries, Settlements settlements) {
    this.complaints = complaints;
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
    RegulatorComplaint complaint = switch (type) {
      case "COMPLAINT_FILED" -> {
        var reference = fields.has("reference") ? fields.text("reference", 200) : null;
        fields.throwIfInvalid();
        yield complaints.filed(claimId, on, reference, user);
      }
      case "COMPLAINT_RESOLVED" -> {
        var result = fields.oneOf("result", Result.class);
        var amount = fields.has("amount") ? fields.amount("amount") : null;
        fields.throwIfInvalid();
        yield complaints.resolved(claimId, result, amount, on, user);
      }
      default -> throw new IllegalArgumentException("not a complaint event: " + type);
    };
    // the process waits for this message; the variables are what its next steps read
    Map<String, Object> variables = new HashMap<>();
    variables.put("complaintSummary", summaries.of(claimId));
    if (complaint.result() != null) {
      boolean owed = complaints.amountOwedAfter(claimId);
      variables.put("complaintResult", owed ? "AMOUNT_OWED" : "ENDED");
      if (owed) {
        variables.put("settlementSummary", settlements.summary(claimId));
      }
    }
    return new Recorded(MESSAGES.get(type), variables, complaint);
  }
}
