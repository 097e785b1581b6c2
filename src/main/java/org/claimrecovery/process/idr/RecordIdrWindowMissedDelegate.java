package org.claimrecovery.process.idr;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.idr.IdrVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.idr.IdrEligibility;
import org.springframework.stereotype.Component;

/** The initiation window closed with nothing filed: the supervisors' review shows today's eligibility checks. */
@Component
class RecordIdrWindowMissedDelegate implements JavaDelegate {

  private final IdrEligibility eligibility;
  private final CaseClock clock;

  RecordIdrWindowMissedDelegate(IdrEligibility eligibility, CaseClock clock) {
    this.eligibility = eligibility;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(IDR_ELIGIBILITY_SUMMARY,
        eligibility.check((String) execution.getVariable(CLAIM_ID), clock.today()).summary());
  }
}
