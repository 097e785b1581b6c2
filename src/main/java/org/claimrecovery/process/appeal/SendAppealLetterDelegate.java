package org.claimrecovery.process.appeal;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.appeal.AppealVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.appeal.AppealLetters;
import org.claimrecovery.appeal.AppealSummaries;
import org.claimrecovery.appeal.InternalAppeals;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.correspondence.DeliveryStatus;
import org.claimrecovery.process.RecordedFacts;
import org.springframework.stereotype.Component;

/**
 * Sends the level's appeal letter (idempotent by case, kind APPEAL_LETTER and level): e-mailed, it files the level
 * today; for the outbox it sets appealLetterAwaitsDispatch and appealLetterId for the person who sends it.
 */
@Component
class SendAppealLetterDelegate implements JavaDelegate {

  private final AppealLetters letters;
  private final InternalAppeals appeals;
  private final AppealSummaries summaries;
  private final CaseClock clock;

  SendAppealLetterDelegate(AppealLetters letters, InternalAppeals appeals, AppealSummaries summaries,
      CaseClock clock) {
    this.letters = letters;
    this.appeals = appeals;
    this.summaries = summaries;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    int level = ((Number) execution.getVariable(APPEAL_LEVEL)).intValue();
    var letter = letters.send(claimId, level);
    boolean outbox = letter.deliveryStatus() == DeliveryStatus.AWAITING_DISPATCH;
    if (!outbox) {
      appeals.filed(claimId, level, clock.today(), RecordedFacts.SYSTEM);
    }
    execution.setVariable(APPEAL_LETTER_AWAITS_DISPATCH, outbox);
    execution.setVariable(APPEAL_LETTER_ID, letter.id());
    execution.setVariable(APPEAL_SUMMARY, summaries.of(claimId));
  }
}
