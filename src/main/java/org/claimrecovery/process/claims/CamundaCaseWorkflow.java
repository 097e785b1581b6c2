package org.claimrecovery.process.claims;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.claims.ClassificationVariables.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.claimrecovery.claims.CaseWorkflow;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimClassification;
import org.claimrecovery.process.PrivilegedEngineCalls;
import org.springframework.stereotype.Component;

/** Starts and moves the claim-recovery process; the claim id is its business key. */
@Component
class CamundaCaseWorkflow implements CaseWorkflow {

  private final RuntimeService runtimeService;
  private final ClaimClassification classification;
  private final PrivilegedEngineCalls privileged;

  CamundaCaseWorkflow(RuntimeService runtimeService, ClaimClassification classification,
      PrivilegedEngineCalls privileged) {
    this.runtimeService = runtimeService;
    this.classification = classification;
    this.privileged = privileged;
  }

  @Override
  public String start(Claim claim) {
    Map<String, Object> variables = caseVariables(claim);
    variables.put(CLAIM_ID, claim.id());
    variables.put(CLAIM_NUMBER, claim.claimNumber());
    variables.put(PAYER_NAME, claim.payer().name());
    return privileged.run(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, claim.id(), variables).getId());
  }

  @Override
  public void paymentDeterminationReceived(Claim claim) {
    var variables = caseVariables(claim);
    privileged.run(() -> runtimeService.createMessageCorrelation(MESSAGE_INITIAL_PAYMENT_RECEIVED)
        .processInstanceBusinessKey(claim.id())
        .setVariables(variables)
        .correlate());
  }

  /**
   * The amount shown in Tasklist, and the classification inputs. Those are transient: the decision reads
   * them in the same transaction, and the claim tables keep the facts they come from.
   */
  private Map<String, Object> caseVariables(Claim claim) {
    var facts = classification.factsFor(claim);
    var variables = new HashMap<String, Object>();
    variables.put(AMOUNT_AT_STAKE, claim.amountAtStake().doubleValue());
    variables.put(SERVICE_CATEGORY, Variables.stringValue(facts.serviceCategory(), true));
    variables.put(PLAN_TYPE, Variables.stringValue(facts.planType(), true));
    variables.put(NOTICE_AND_CONSENT_OBTAINED, Variables.booleanValue(facts.noticeAndConsentObtained(), true));
    variables.put(CONSENT_CANNOT_WAIVE, Variables.booleanValue(facts.consentCannotWaive(), true));
    variables.put(STATE_LAW_APPLIES, Variables.booleanValue(facts.stateLawApplies(), true));
    variables.put(COVERAGE_DENIAL, Variables.booleanValue(facts.coverageDenial(), true));
    return variables;
  }
}
