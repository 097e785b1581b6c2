package org.claimrecovery.process.settlement;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.settlement.SettlementVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.complaint.RegulatorComplaints;
import org.claimrecovery.process.RecordedFacts;
import org.claimrecovery.settlement.Settlements;
import org.springframework.stereotype.Component;

/**
 * Closes a settled and paid case with its outcome and recovered amount (paid minus the initial payment); a complaint
 * still open about the unpaid amount is withdrawn, since the case ends here.
 */
@Component
class CloseSettledCaseDelegate implements JavaDelegate {

  private final Settlements settlements;
  private final RegulatorComplaints complaints;

  CloseSettledCaseDelegate(Settlements settlements, RegulatorComplaints complaints) {
    this.settlements = settlements;
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    var recovered = settlements.close(claimId);
    complaints.paidMeanwhile(claimId, RecordedFacts.SYSTEM);
    execution.setVariable(RECOVERED_AMOUNT, recovered.doubleValue());
  }
}
