package org.claimrecovery.process.idr;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.idr.IdrVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.idr.FederalIdr;
import org.claimrecovery.idr.IdrEligibility;
import org.claimrecovery.idr.IdrSummaries;
import org.springframework.stereotype.Component;

/**
 * The case enters the federal IDR stage: whether the claim may go to federal IDR today (idrEligible, with each
 * check's reason in idrEligibilitySummary), until when a cooling-off period holds it back (idrHeldUntil), and the
 * claim as the preparation needs it (idrPreparationSummary).
 */
@Component
class CheckIdrEligibilityDelegate implements JavaDelegate {

  private final FederalIdr idr;
  private final IdrEligibility eligibility;
  private final IdrSummaries summaries;
  private final CaseClock clock;

  CheckIdrEligibilityDelegate(FederalIdr idr, IdrEligibility eligibility, IdrSummaries summaries, CaseClock clock) {
    this.idr = idr;
    this.eligibility = eligibility;
    this.summaries = summaries;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    idr.entered(claimId);
    var result = eligibility.check(claimId, clock.today());
    execution.setVariable(IDR_ELIGIBLE, result.eligible());
    execution.setVariable(IDR_HELD_UNTIL, result.held() ? result.heldUntil().toString() : null);
    execution.setVariable(IDR_ELIGIBILITY_SUMMARY, result.summary());
    execution.setVariable(IDR_PREPARATION_SUMMARY, summaries.preparation(claimId));
  }
}
