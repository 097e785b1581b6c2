package org.claimrecovery.idr;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.claimrecovery.caseevents.CaseEventHandler;
import org.claimrecovery.caseevents.EventFields;
import org.claimrecovery.idr.FederalIdr.PrevailingParty;
import org.claimrecovery.idr.IdrDispute.SelectedBy;
import org.claimrecovery.settlement.Settlements;
import org.springframework.stereotype.Component;

/**
 * Federal IDR facts from outside: the portal has no provider API, so an integration (or a person with a script)
 * posts what happened there. Each goes through {@link FederalIdr}, as the same fact recorded in Tasklist does.
 */
@Component
class IdrEvents implements CaseEventHandler {

  /** BPMN messages of bpmn/federal-idr.bpmn, one per event type. */
  static final Map<String, String> MESSAGES = Map.of(
      "IDR_INITIATED", "IdrInitiated",
      "IDR_ENTITY_SELECTED", "IdrEntitySelected",
      "IDR_OFFERS_SUBMITTED", "IdrOffersSubmitted",
      "IDR_DETERMINATION", "IdrDetermination",
      "IDR_SETTLED", "IdrSettled");

  private final FederalIdr federalIdr;
  private final IdrSummaries summaries;
  private final Settlements settlements;

  IdrEvents(FederalIdr federalIdr, IdrSummaries summaries, Settlements settlements) {
    this.federalIdr = federalIdr;
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
    IdrDispute dispute = switch (type) {
      case "IDR_INITIATED" -> {
        var number = fields.text("disputeNumber", 64);
        fields.throwIfInvalid();
        yield federalIdr.initiated(claimId, number, on, user);
      }
      case "IDR_ENTITY_SELECTED" -> {
        var entity = fields.text("entity", 200);
        // optional: the parties selected it, and the payer raised no objection
        var selectedBy = fields.has("selectedBy") ? fields.oneOf("selectedBy", SelectedBy.class) : SelectedBy.PARTIES;
        var payerObjectedOn = fields.has("payerObjectedOn") ? fields.date("payerObjectedOn") : null;
        fields.throwIfInvalid();
        yield federalIdr.entitySelected(claimId, entity, on, selectedBy, payerObjectedOn, user);
      }
      case "IDR_OFFERS_SUBMITTED" -> {
        var offer = fields.amount("offerAmount");
        var fees = fields.amount("feesPaid");
        fields.throwIfInvalid();
        yield federalIdr.offersSubmitted(claimId, on, offer, fees, user);
      }
      case "IDR_DETERMINATION" -> {
        var party = fields.oneOf("prevailingParty", PrevailingParty.class);
        var amount = fields.amount("amount");
        fields.throwIfInvalid();
        yield federalIdr.determined(claimId, party, amount, on, user);
      }
      case "IDR_SETTLED" -> {
        var amount = fields.amount("amount");
        fields.throwIfInvalid();
        yield federalIdr.settled(claimId, amount, on, user);
      }
      default -> throw new IllegalArgumentException("not an IDR event: " + type);
    };
    // what the process's next tasks show, as the staff path's delegates set it
    Map<String, Object> variables = new HashMap<>();
    variables.put("idrDisputeSummary", summaries.dispute(claimId));
    if (dispute.result() != null) {
      variables.put("idrResult", dispute.result().name());
    }
    if (settlements.of(claimId).isPresent()) {
      // what the payment watch's tasks show
      variables.put("settlementSummary", settlements.summary(claimId));
    }
    return new Recorded(MESSAGES.get(type), variables, dispute);
  }
}
