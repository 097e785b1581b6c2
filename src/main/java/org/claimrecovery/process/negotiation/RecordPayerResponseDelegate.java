package org.claimrecovery.process.negotiation;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.negotiation.NegotiationVariables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.correspondence.Channel;
import org.claimrecovery.negotiation.PayerResponse;
import org.claimrecovery.negotiation.PayerResponses;
import org.claimrecovery.process.ProcessValues;
import org.claimrecovery.process.RecordedFacts;
import org.springframework.stereotype.Component;

/**
 * Records the payer response staff took by phone, mail, fax or e-mail (task recordPayerResponse) exactly as
 * the API records one: the next round and an inbound ledger item, and the same process variables.
 */
@Component
class RecordPayerResponseDelegate implements JavaDelegate {

  private final PayerResponses payerResponses;
  private final CaseClock clock;
  private final IdentityService identityService;

  RecordPayerResponseDelegate(PayerResponses payerResponses, CaseClock clock, IdentityService identityService) {
    this.payerResponses = payerResponses;
    this.clock = clock;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var response = response(execution, clock);
    String claimId = (String) execution.getVariable(CLAIM_ID);
    payerResponses.record(claimId, response,
        Channel.valueOf((String) execution.getVariable(RESPONSE_CHANNEL)), RecordedFacts.user(identityService));
    execution.setVariables(CamundaNegotiationWorkflow.responseVariables(claimId, response));
  }

  static PayerResponse response(org.camunda.bpm.engine.delegate.VariableScope scope, CaseClock clock) {
    Object note = scope.getVariable(RESPONSE_NOTE);
    return new PayerResponse(PayerResponse.Type.valueOf((String) scope.getVariable(RESPONSE_TYPE)),
        ProcessValues.amount(scope.getVariable(PAYER_AMOUNT)),
        ProcessValues.date(scope.getVariable(RESPONSE_RECEIVED_ON), clock.zone()), note == null ? null : note.toString());
  }
}
