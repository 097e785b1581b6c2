package org.claimrecovery.process.idr;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.idr.IdrVariables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.idr.FederalIdr;
import org.claimrecovery.idr.IdrSummaries;
import org.claimrecovery.process.RecordedFacts;
import org.springframework.stereotype.Component;

/** Staff initiated federal IDR on the portal: the dispute number and initiatedOn (IDR_INITIATED starts the clocks). */
@Component
class RecordIdrInitiatedDelegate implements JavaDelegate {

  private final FederalIdr idr;
  private final IdrSummaries summaries;
  private final CaseClock clock;
  private final IdentityService identityService;

  RecordIdrInitiatedDelegate(FederalIdr idr, IdrSummaries summaries, CaseClock clock,
      IdentityService identityService) {
    this.idr = idr;
    this.summaries = summaries;
    this.clock = clock;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    Object number = execution.getVariable(DISPUTE_NUMBER);
    var on = RecordedFacts.day(execution, INITIATED_ON, clock);
    RecordedFacts.recording(INITIATED_ON, () -> idr.initiated(claimId,
        number == null || number.toString().isBlank() ? null : number.toString().strip(), on,
        RecordedFacts.user(identityService)));
    execution.setVariable(IDR_DISPUTE_SUMMARY, summaries.dispute(claimId));
  }
}
