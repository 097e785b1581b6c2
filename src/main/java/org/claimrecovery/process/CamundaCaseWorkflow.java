package org.claimrecovery.process;

import static org.claimrecovery.process.CaseVariables.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.claimrecovery.claims.CaseWorkflow;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.pathway.ClaimClassification;
import org.springframework.stereotype.Component;

/** Starts and moves the claim-recovery process; the claim id is its business key. */
@Component
class CamundaCaseWorkflow implements CaseWorkflow {

  private final RuntimeService runtimeService;
  private final ClaimClassification classification;

  CamundaCaseWorkflow(RuntimeService runtimeService, ClaimClassification classification) {
    this.runtimeService = runtimeService;
    this.classification = classification;
  }

  @Override
  public String start(Claim claim) {
    Map<String, Object> variables = caseVariables(claim);
    variables.put(CLAIM_ID, claim.id());
    variables.put(CLAIM_NUMBER, claim.claimNumber());
    variables.put(PAYER_NAME, claim.payer().name());
    return runtimeService.startProcessInstanceByKey(PROCESS_KEY, claim.id(), variables).getId();
  }

  @Override
  public void paymentDeterminationReceived(Claim claim) {
    runtimeService.createMessageCorrelation(MESSAGE_INITIAL_PAYMENT_RECEIVED)
        .processInstanceBusinessKey(claim.id())
        .setVariables(caseVariables(claim))
        .correlate();
  }

  /** The classification inputs and the amount shown in Tasklist: they change when the payer answers. */
  private Map<String, Object> caseVariables(Claim claim) {
    var facts = classification.factsFor(claim);
    var variables = new HashMap<String, Object>();
    variables.put(AMOUNT_AT_STAKE, claim.amountAtStake().doubleValue());
    variables.put(SERVICE_CATEGORY, facts.serviceCategory());
    variables.put(PLAN_TYPE, facts.planType());
    variables.put(NOTICE_AND_CONSENT_OBTAINED, facts.noticeAndConsentObtained());
    variables.put(STATE_LAW_APPLIES, facts.stateLawApplies());
    variables.put(COVERAGE_DENIAL, facts.coverageDenial());
    variables.put(INITIAL_PAYMENT_KNOWN, facts.initialPaymentKnown());
    return variables;
  }
}
