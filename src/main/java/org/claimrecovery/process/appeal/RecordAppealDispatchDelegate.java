package org.claimrecovery.process.appeal;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.appeal.AppealVariables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.appeal.AppealSummaries;
import org.claimrecovery.appeal.InternalAppeals;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.correspondence.Correspondence;
import org.claimrecovery.process.RecordedFacts;
import org.springframework.stereotype.Component;

/** A person sent the appeal letter from the outbox: the ledger keeps the day and proof, and that day files the level. */
@Component
class RecordAppealDispatchDelegate implements JavaDelegate {

  private final Correspondence correspondence;
  private final InternalAppeals appeals;
  private final AppealSummaries summaries;
  private final CaseClock clock;
  private final IdentityService identityService;

  RecordAppealDispatchDelegate(Correspondence correspondence, InternalAppeals appeals, AppealSummaries summaries,
      CaseClock clock, IdentityService identityService) {
    this.correspondence = correspondence;
    this.appeals = appeals;
    this.summaries = summaries;
    this.clock = clock;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    int level = ((Number) execution.getVariable(APPEAL_LEVEL)).intValue();
    var dispatchedOn = RecordedFacts.day(execution, DISPATCHED_ON, clock);
    String user = RecordedFacts.user(identityService);
    RecordedFacts.recording(DISPATCHED_ON, () -> appeals.filed(claimId, level, dispatchedOn, user));
    correspondence.confirmDispatch((String) execution.getVariable(APPEAL_LETTER_ID),
        dispatchedOn.atStartOfDay(clock.zone()).toInstant(), (String) execution.getVariable(DISPATCH_PROOF), user);
    execution.setVariable(APPEAL_SUMMARY, summaries.of(claimId));
  }
}
