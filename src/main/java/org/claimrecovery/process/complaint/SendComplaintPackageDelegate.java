package org.claimrecovery.process.complaint;

import static org.claimrecovery.process.CaseVariables.CLAIM_ID;
import static org.claimrecovery.process.complaint.ComplaintVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.complaint.ComplaintPackages;
import org.claimrecovery.complaint.ComplaintSummaries;
import org.springframework.stereotype.Component;

/**
 * Puts the complaint package in the outbox (idempotent by case, kind REGULATOR_COMPLAINT and round 0): sets
 * complaintPackageId for the person who files it.
 */
@Component
class SendComplaintPackageDelegate implements JavaDelegate {

  private final ComplaintPackages packages;
  private final ComplaintSummaries summaries;

  SendComplaintPackageDelegate(ComplaintPackages packages, ComplaintSummaries summaries) {
    this.packages = packages;
    this.summaries = summaries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    execution.setVariable(COMPLAINT_PACKAGE_ID, packages.send(claimId).id());
    execution.setVariable(COMPLAINT_SUMMARY, summaries.of(claimId));
  }
}
