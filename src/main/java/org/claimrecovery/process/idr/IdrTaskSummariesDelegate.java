package org.claimrecovery.process.idr;

import static org.claimrecovery.process.CaseVariables.CLAIM_ID;
import static org.claimrecovery.process.idr.IdrVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.claimrecovery.idr.IdrSummaries;
import org.springframework.stereotype.Component;

/**
 * When an IDR task opens, what its form shows as of then: the fees due with the offer (idrFeesDue) and the stage's
 * dates (idrDates). Kept on the task itself, so that a later task reads them afresh instead of an old copy.
 */
@Component
class IdrTaskSummariesDelegate implements TaskListener {

  private final IdrSummaries summaries;

  IdrTaskSummariesDelegate(IdrSummaries summaries) {
    this.summaries = summaries;
  }

  @Override
  public void notify(DelegateTask task) {
    String claimId = (String) task.getVariable(CLAIM_ID);
    task.setVariableLocal(IDR_FEES_DUE, summaries.feesDue(claimId));
    task.setVariableLocal(IDR_DATES, summaries.dates(claimId));
  }
}
