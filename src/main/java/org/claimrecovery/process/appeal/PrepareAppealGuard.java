package org.claimrecovery.process.appeal;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.appeal.AppealVariables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.claimrecovery.appeal.InternalAppeals;
import org.claimrecovery.process.RecordedFacts;
import org.springframework.stereotype.Component;

/** On completing prepareAppeal: records the grounds and evidence; refuses (400, the task stays) without grounds. */
@Component
class PrepareAppealGuard implements TaskListener {

  private final InternalAppeals appeals;
  private final IdentityService identityService;

  PrepareAppealGuard(InternalAppeals appeals, IdentityService identityService) {
    this.appeals = appeals;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    RecordedFacts.recording(APPEAL_GROUNDS, () -> appeals.prepared((String) task.getVariable(CLAIM_ID),
        ((Number) task.getVariable(APPEAL_LEVEL)).intValue(), text(task.getVariable(APPEAL_GROUNDS)),
        text(task.getVariable(APPEAL_EVIDENCE)), RecordedFacts.user(identityService)));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
