package org.claimrecovery.process.idr;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.idr.IdrVariables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.idr.FederalIdr;
import org.claimrecovery.idr.IdrSummaries;
import org.claimrecovery.process.ProcessValues;
import org.claimrecovery.process.RecordedFacts;
import org.springframework.stereotype.Component;

/** Our offer went to the certified IDR entity (submittedOn, offerAmount as submitted, feesPaid). */
@Component
class RecordIdrOffersSubmittedDelegate implements JavaDelegate {

  private final FederalIdr idr;
  private final IdrSummaries summaries;
  private final CaseClock clock;
  private final IdentityService identityService;

  RecordIdrOffersSubmittedDelegate(FederalIdr idr, IdrSummaries summaries, CaseClock clock,
      IdentityService identityService) {
    this.idr = idr;
    this.summaries = summaries;
    this.clock = clock;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    var on = RecordedFacts.day(execution, SUBMITTED_ON, clock);
    var offer = ProcessValues.amount(execution.getVariable(OFFER_AMOUNT));
    var fees = ProcessValues.amount(execution.getVariable(FEES_PAID));
    RecordedFacts.recording(SUBMITTED_ON, () -> idr.offersSubmitted(claimId, on, offer, fees,
        RecordedFacts.user(identityService)));
    execution.setVariable(IDR_DISPUTE_SUMMARY, summaries.dispute(claimId));
  }
}
