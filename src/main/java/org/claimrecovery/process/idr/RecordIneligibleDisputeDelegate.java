package org.claimrecovery.process.idr;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.idr.IdrVariables.*;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.idr.FederalIdr;
import org.claimrecovery.idr.IdrDispute;
import org.claimrecovery.idr.IdrEligibility;
import org.claimrecovery.idr.IdrSummaries;
import org.claimrecovery.process.RecordedFacts;
import org.springframework.stereotype.Component;

/**
 * The dispute cannot be filed: today's reasons against it (or, when every check passes now, the missed window) stay
 * on the dispute with the supervisor's note (ineligibleNote), and the case closes; idrResult is INELIGIBLE.
 */
@Component
class RecordIneligibleDisputeDelegate implements JavaDelegate {

  static final String WINDOW_MISSED = "Not filed within the initiation window";

  private final FederalIdr idr;
  private final IdrEligibility eligibility;
  private final IdrSummaries summaries;
  private final CaseClock clock;
  private final IdentityService identityService;

  RecordIneligibleDisputeDelegate(FederalIdr idr, IdrEligibility eligibility, IdrSummaries summaries,
      CaseClock clock, IdentityService identityService) {
    this.idr = idr;
    this.eligibility = eligibility;
    this.summaries = summaries;
    this.clock = clock;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    var reasons = eligibility.check(claimId, clock.today()).reasonsAgainst();
    Object note = execution.getVariable(INELIGIBLE_NOTE);
    idr.ineligible(claimId, reasons.isEmpty() ? List.of(WINDOW_MISSED) : reasons,
        note == null ? null : note.toString(), RecordedFacts.user(identityService));
    execution.setVariable(IDR_RESULT, IdrDispute.Result.INELIGIBLE.name());
    execution.setVariable(IDR_DISPUTE_SUMMARY, summaries.dispute(claimId));
  }
}
