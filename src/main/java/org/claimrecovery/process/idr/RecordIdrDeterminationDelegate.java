package org.claimrecovery.process.idr;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.idr.IdrVariables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.idr.FederalIdr;
import org.claimrecovery.idr.FederalIdr.PrevailingParty;
import org.claimrecovery.idr.IdrSummaries;
import org.claimrecovery.process.DecisionRefused;
import org.claimrecovery.process.ProcessValues;
import org.claimrecovery.process.RecordedFacts;
import org.springframework.stereotype.Component;

/**
 * The dispute's decision as staff record it: prevailingParty PROVIDER or PAYER is the entity's determination (won:
 * the payment watch expects the award; lost: the case closes), SETTLED a settlement during IDR. The day is
 * determinedOn, else reportedOn. Sets idrResult WON, LOST or SETTLED.
 */
@Component
class RecordIdrDeterminationDelegate implements JavaDelegate {

  private final FederalIdr idr;
  private final IdrSummaries summaries;
  private final CaseClock clock;
  private final IdentityService identityService;

  RecordIdrDeterminationDelegate(FederalIdr idr, IdrSummaries summaries, CaseClock clock,
      IdentityService identityService) {
    this.idr = idr;
    this.summaries = summaries;
    this.clock = clock;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    Object party = execution.getVariable(PREVAILING_PARTY);
    var amount = ProcessValues.amount(execution.getVariable(DETERMINATION_AMOUNT));
    if (amount == null || amount.signum() < 0) {
      throw new DecisionRefused(DETERMINATION_AMOUNT, "Record the amount determined or agreed (determinationAmount).");
    }
    String dateField = blank(execution.getVariable(DETERMINED_ON)) && !blank(execution.getVariable(REPORTED_ON))
        ? REPORTED_ON : DETERMINED_ON;
    var on = RecordedFacts.day(execution, dateField, clock);
    String user = RecordedFacts.user(identityService);
    var decided = RecordedFacts.recording(dateField, () -> switch (party == null ? "" : party.toString()) {
      case "PROVIDER" -> idr.determined(claimId, PrevailingParty.PROVIDER, amount, on, user);
      case "PAYER" -> idr.determined(claimId, PrevailingParty.PAYER, amount, on, user);
      case SETTLED -> idr.settled(claimId, amount, on, user);
      default -> throw new DecisionRefused(PREVAILING_PARTY, "prevailingParty must be PROVIDER, PAYER or SETTLED.");
    });
    execution.setVariable(IDR_RESULT, decided.result().name());
    execution.setVariable(IDR_DISPUTE_SUMMARY, summaries.dispute(claimId));
  }

  private static boolean blank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
