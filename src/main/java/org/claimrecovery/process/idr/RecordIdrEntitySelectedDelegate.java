package org.claimrecovery.process.idr;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.idr.IdrVariables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.idr.FederalIdr;
import org.claimrecovery.idr.IdrDispute.SelectedBy;
import org.claimrecovery.idr.IdrSummaries;
import org.claimrecovery.process.DecisionRefused;
import org.claimrecovery.process.RecordedFacts;
import org.springframework.stereotype.Component;

/**
 * The certified IDR entity was selected (idrEntity, selectedOn; selectedBy PARTIES or DEPARTMENTS, by default the
 * parties; payerObjectedOn when the payer objected to our preferred entity): the offer submission clock starts.
 */
@Component
class RecordIdrEntitySelectedDelegate implements JavaDelegate {

  private final FederalIdr idr;
  private final IdrSummaries summaries;
  private final CaseClock clock;
  private final IdentityService identityService;

  RecordIdrEntitySelectedDelegate(FederalIdr idr, IdrSummaries summaries, CaseClock clock,
      IdentityService identityService) {
    this.idr = idr;
    this.summaries = summaries;
    this.clock = clock;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    Object entity = execution.getVariable(IDR_ENTITY);
    if (entity == null || entity.toString().isBlank()) {
      throw new DecisionRefused(IDR_ENTITY, "Name the certified IDR entity (idrEntity).");
    }
    var on = RecordedFacts.day(execution, SELECTED_ON, clock);
    var selectedBy = selectedBy(execution.getVariable(SELECTED_BY));
    var objectedOn = RecordedFacts.optionalDay(execution, PAYER_OBJECTED_ON, clock);
    RecordedFacts.recording(SELECTED_ON, () -> idr.entitySelected(claimId, entity.toString().strip(), on,
        selectedBy, objectedOn, RecordedFacts.user(identityService)));
    execution.setVariable(IDR_DISPUTE_SUMMARY, summaries.dispute(claimId));
  }

  private static SelectedBy selectedBy(Object value) {
    if (value == null || value.toString().isBlank()) {
      return SelectedBy.PARTIES;
    }
    try {
      return SelectedBy.valueOf(value.toString());
    } catch (IllegalArgumentException unknown) {
      throw new DecisionRefused(SELECTED_BY, "selectedBy is PARTIES or DEPARTMENTS.");
    }
  }
}
