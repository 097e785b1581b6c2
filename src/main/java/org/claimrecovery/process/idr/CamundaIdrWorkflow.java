package org.claimrecovery.process.idr;

import static org.claimrecovery.process.idr.IdrVariables.*;
import static org.claimrecovery.process.settlement.SettlementVariables.*;

import java.util.HashMap;
import org.claimrecovery.idr.IdrDispute;
import org.claimrecovery.idr.IdrSummaries;
import org.claimrecovery.idr.IdrWorkflow;
import org.claimrecovery.process.CaseMessages;
import org.claimrecovery.settlement.Settlements;
import org.claimrecovery.text.Markdown;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Correlates a batch's news to its claims' federalIdr processes by the case's business key (the claim id). */
@Component
class CamundaIdrWorkflow implements IdrWorkflow {

  private final CaseMessages messages;
  private final IdrSummaries summaries;
  private final Settlements settlements;

  /** Lazy: the summaries read the dispute through FederalIdr, which tells the batch's claims through this. */
  CamundaIdrWorkflow(CaseMessages messages, @Lazy IdrSummaries summaries, Settlements settlements) {
    this.messages = messages;
    this.summaries = summaries;
    this.settlements = settlements;
  }

  @Override
  public boolean batchPrepared(String leadClaimId) {
    return messages.correlate(MESSAGE_IDR_BATCH_PREPARED, leadClaimId, new HashMap<>());
  }

  @Override
  public boolean batchDecided(IdrDispute member) {
    var variables = new HashMap<String, Object>();
    variables.put(IDR_RESULT, member.result().name());
    variables.put(IDR_DISPUTE_SUMMARY, summaries.dispute(member.claimId()));
    if (settlements.of(member.claimId()).isPresent()) {
      variables.put(SETTLEMENT_SUMMARY, settlements.summary(member.claimId()));
    }
    return messages.correlate(MESSAGE_IDR_BATCH_CONCLUDED, member.claimId(), variables);
  }

  @Override
  public boolean batchNotFiled(String memberClaimId, String why) {
    var variables = new HashMap<String, Object>();
    variables.put(IDR_RESULT, IdrDispute.Result.INELIGIBLE.name());
    variables.put(IDR_ELIGIBILITY_SUMMARY, Markdown.bounded("**Not filed**\n\n" + Markdown.text(why),
        "GET /api/claims/{id}/dispute"));
    return messages.correlate(MESSAGE_IDR_BATCH_CONCLUDED, memberClaimId, variables);
  }
}
