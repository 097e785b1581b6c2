package org.claimrecovery.process.idr;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.idr.IdrVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.idr.FederalIdr;
import org.springframework.stereotype.Component;

/** The cooling-off period that held the claim back (idrHeldUntil) ended: its own initiation window counts from it. */
@Component
class RecordCoolingOffEndedDelegate implements JavaDelegate {

  private final FederalIdr idr;

  RecordCoolingOffEndedDelegate(FederalIdr idr) {
    this.idr = idr;
  }

  @Override
  public void execute(DelegateExecution execution) {
    idr.coolingOffEnded((String) execution.getVariable(CLAIM_ID),
        LocalDate.parse((String) execution.getVariable(IDR_HELD_UNTIL)), SYSTEM);
  }
}
