package org.claimrecovery.process.idr;

import static org.claimrecovery.process.idr.IdrVariables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import org.claimrecovery.idr.IdrDispute;
import org.claimrecovery.idr.IdrDispute.Result;
import org.claimrecovery.idr.IdrSummaries;
import org.claimrecovery.idr.IdrWorkflow;
import org.claimrecovery.process.CaseMessages;
import org.springframework.stereotype.Component;

/**
 * Correlates the facts recorded through the API to the case's federal IDR stage by its business key (the claim id),
 * with the variables staff would have set on the tasks and a fresh idrDisputeSummary.
 */
@Component
class CamundaIdrWorkflow implements IdrWorkflow {

  private final CaseMessages messages;
  private final IdrSummaries summaries;

  CamundaIdrWorkflow(CaseMessages messages, IdrSummaries summaries) {
    this.messages = messages;
    this.summaries = summaries;
  }

  @Override
  public boolean initiated(IdrDispute dispute) {
    var variables = variables(dispute);
    variables.put(DISPUTE_NUMBER, dispute.disputeNumber());
    variables.put(INITIATED_ON, day(dispute.initiatedOn()));
    return messages.correlate(MESSAGE_IDR_INITIATED, dispute.claimId(), variables);
  }

  @Override
  public boolean entitySelected(IdrDispute dispute) {
    var variables = variables(dispute);
    variables.put(IDR_ENTITY, dispute.entity());
    variables.put(SELECTED_ON, day(dispute.entitySelectedOn()));
    return messages.correlate(MESSAGE_IDR_ENTITY_SELECTED, dispute.claimId(), variables);
  }

  @Override
  public boolean offersSubmitted(IdrDispute dispute) {
    var variables = variables(dispute);
    variables.put(SUBMITTED_ON, day(dispute.offersSubmittedOn()));
    if (dispute.submittedOffer() != null) {
      variables.put(OFFER_AMOUNT, amount(dispute.submittedOffer()));
    }
    variables.put(FEES_PAID, amount(dispute.feesPaid()));
    return messages.correlate(MESSAGE_IDR_OFFERS_SUBMITTED, dispute.claimId(), variables);
  }

  @Override
  public boolean decided(IdrDispute dispute) {
    Result result = dispute.result();
    if (result == null || result == Result.INELIGIBLE) {
      throw new IllegalArgumentException("claim " + dispute.claimId() + ": the dispute was not decided by "
          + "determination or settlement (" + (result == null ? dispute.status() : result) + ")");
    }
    var variables = variables(dispute);
    variables.put(IDR_RESULT, result.name());
    variables.put(PREVAILING_PARTY, switch (result) {
      case WON -> "PROVIDER";
      case LOST -> "PAYER";
      default -> SETTLED;
    });
    variables.put(DETERMINATION_AMOUNT, amount(dispute.decidedAmount()));
    variables.put(DETERMINED_ON, day(dispute.decidedOn()));
    return messages.correlate(result == Result.SETTLED ? MESSAGE_IDR_SETTLED : MESSAGE_IDR_DETERMINATION,
        dispute.claimId(), variables);
  }

  private HashMap<String, Object> variables(IdrDispute dispute) {
    var variables = new HashMap<String, Object>();
    variables.put(IDR_DISPUTE_SUMMARY, summaries.dispute(dispute.claimId()));
    return variables;
  }

  /** Dates as the forms submit them (YYYY-MM-DD). */
  private static String day(LocalDate day) {
    return day == null ? null : day.toString();
  }

  private static Double amount(BigDecimal amount) {
    return amount == null ? null : amount.doubleValue();
  }
}
