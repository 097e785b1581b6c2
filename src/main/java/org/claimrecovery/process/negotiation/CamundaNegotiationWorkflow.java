package org.claimrecovery.process.negotiation;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.correspondence.DispatchVariables.*;
import static org.claimrecovery.process.negotiation.NegotiationVariables.*;
import static org.claimrecovery.process.settlement.SettlementVariables.*;

import java.math.BigDecimal;
import java.util.HashMap;
import org.camunda.bpm.engine.RuntimeService;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.correspondence.CorrespondenceEntry;
import org.claimrecovery.negotiation.NegotiationWorkflow;
import org.claimrecovery.negotiation.PayerResponse;
import org.claimrecovery.process.CaseMessages;
import org.claimrecovery.process.PrivilegedEngineCalls;
import org.claimrecovery.settlement.Settlements;
import org.claimrecovery.text.Markdown;
import org.claimrecovery.text.Words;
import org.springframework.stereotype.Component;

/**
 * Correlates payer responses, settlement payments and a bundle's news to its claims by the case's business key
 * (the claim id).
 */
@Component
class CamundaNegotiationWorkflow implements NegotiationWorkflow {

  private final RuntimeService runtimeService;
  private final ClaimRepository claims;
  private final PrivilegedEngineCalls privileged;
  private final CaseMessages messages;
  private final Settlements settlements;

  CamundaNegotiationWorkflow(RuntimeService runtimeService, ClaimRepository claims,
      PrivilegedEngineCalls privileged, CaseMessages messages, Settlements settlements) {
    this.runtimeService = runtimeService;
    this.claims = claims;
    this.privileged = privileged;
    this.messages = messages;
    this.settlements = settlements;
  }

  @Override
  public boolean payerResponded(String claimId, PayerResponse response) {
    return messages.correlate(MESSAGE_PAYER_RESPONSE, claimId, responseVariables(claimId, response));
  }

  /** The variables a payer response sets, whether it came through the API or from staff (recordPayerResponse). */
  static HashMap<String, Object> responseVariables(String claimId, PayerResponse response) {
    var variables = new HashMap<String, Object>();
    variables.put(RESPONSE_TYPE, response.responseType().name());
    variables.put(PAYER_AMOUNT, response.amount() == null ? null : response.amount().doubleValue());
    variables.put(RESPONSE_RECEIVED_ON, response.receivedOn().toString());
    variables.put(RESPONSE_NOTE, response.note());
    variables.put(PAYER_RESPONSE_SUMMARY, Markdown.bounded("**Payer response** " + Words.of(response.responseType())
        + (response.amount() == null ? "" : " · **Amount** " + Words.money(response.amount()))
        + " · **Received** " + Words.day(response.receivedOn())
        + (response.note() == null || response.note().isBlank() ? "" : "\n\n" + Markdown.text(response.note())),
        correspondenceAt(claimId)));
    return variables;
  }

  @Override
  public boolean bundlePrepared(String leadClaimId) {
    return messages.correlate(MESSAGE_BUNDLE_PREPARED, leadClaimId, new HashMap<>());
  }

  @Override
  public boolean bundleSettled(String claimId, BigDecimal agreed) {
    var variables = new HashMap<String, Object>();
    variables.put(NEGOTIATION_RESULT, "SETTLED");
    variables.put(AGREED_AMOUNT, agreed.doubleValue());
    variables.put(SETTLEMENT_SUMMARY, settlements.summary(claimId));
    return messages.correlate(MESSAGE_BUNDLE_NEGOTIATION_ENDED, claimId, variables);
  }

  @Override
  public boolean bundleFailed(String claimId) {
    var variables = new HashMap<String, Object>();
    variables.put(NEGOTIATION_RESULT, "FAILED");
    return messages.correlate(MESSAGE_BUNDLE_NEGOTIATION_ENDED, claimId, variables);
  }

  @Override
  public void letterAwaitsDispatch(String claimId, CorrespondenceEntry letter) {
    // once per letter: a retried or repeated send finds the letter's dispatch already asked for
    boolean asked = privileged.run(() -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(DISPATCH_LETTER_PROCESS_KEY)
        .variableValueEquals(CORRESPONDENCE_ID, letter.id()).count() > 0);
    if (asked) {
      return;
    }
    var claim = claims.findById(claimId).orElseThrow();
    var variables = new HashMap<String, Object>();
    variables.put(CLAIM_ID, claimId);
    variables.put(CLAIM_NUMBER, claim.claimNumber());
    variables.put(PAYER_NAME, claim.payer().name());
    variables.put(CORRESPONDENCE_ID, letter.id());
    variables.put(LETTER_SUMMARY, Markdown.bounded("**" + Markdown.text(letter.subject()) + "** (" + Words.of(letter.kind())
        + ", round " + letter.round() + ")\n\n" + dispatchSummary(letter), correspondenceAt(claimId)));
    privileged.run(() -> runtimeService.startProcessInstanceByKey(DISPATCH_LETTER_PROCESS_KEY, claimId,
        variables));
  }

  /** Where a person sends an outbox letter: shown by the tasks that dispatch one. */
  static String dispatchSummary(CorrespondenceEntry letter) {
    return "**Send by** " + Words.of(letter.channel()) + " **to** " + Markdown.text(letter.recipient());
  }

  static String correspondenceAt(String claimId) {
    return "the claim's correspondence in the API (GET /api/claims/" + claimId + "/correspondence)";
  }
}
