package org.claimrecovery.process.appeal;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.appeal.AppealVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.appeal.AppealSummaries;
import org.claimrecovery.appeal.InternalAppeals;
import org.claimrecovery.process.RecordedFacts;
import org.springframework.stereotype.Component;

/** Opens the level the appeal is at, with its filing deadline: sets appealLevel and appealSummary. */
@Component
class OpenAppealLevelDelegate implements JavaDelegate {

  private final InternalAppeals appeals;
  private final AppealSummaries summaries;

  OpenAppealLevelDelegate(InternalAppeals appeals, AppealSummaries summaries) {
    this.appeals = appeals;
    this.summaries = summaries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    var level = appeals.openNext(claimId, RecordedFacts.SYSTEM);
    execution.setVariable(APPEAL_LEVEL, level.level());
    execution.setVariable(APPEAL_SUMMARY, summaries.of(claimId));
    // what the last level's forms wrote is not the next level's: nothing pre-fills from an earlier round
    execution.removeVariables(List.of(APPEAL_GROUNDS, APPEAL_EVIDENCE, APPEAL_DECISION,
        APPEAL_DECISION_AMOUNT, APPEAL_DECIDED_ON, PARTIAL_OVERTURN_CHOICE, DISPATCHED_ON, DISPATCH_PROOF));
  }
}
