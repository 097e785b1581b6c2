package org.claimrecovery.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.claimrecovery.audit.CaseHistory.DecisionRun;
import org.claimrecovery.audit.CaseHistory.Operation;
import org.claimrecovery.audit.CaseHistory.ProcessRun;
import org.claimrecovery.audit.CaseHistory.TaskRun;
import org.claimrecovery.claims.ClaimView;
import org.claimrecovery.correspondence.CorrespondenceEntry;
import org.claimrecovery.deadlines.Deadline;
import org.claimrecovery.documents.StoredDocument;

/**
 * One case's file, for a compliance review, a payer's challenge or a regulator: the facts, the checksum that
 * matches a printout to the system, and who has read the file.
 *
 * @param checksum SHA-256 (hex) of {@link #facts} as canonical JSON ({@link CaseFileChecksum}): the same as long as
 *                 the case's facts are the same, whoever reads it and when
 * @param readings every reading of this case's file, this one included, oldest first (not part of the checksum)
 */
public record CaseFile(String claimId, Instant generatedAt, String generatedBy, String checksumAlgorithm,
    String checksum, Facts facts, List<Reading> readings) {

  /** What happened on the case. */
  public record Facts(ClaimView claim, Outcome outcome, List<ProcessRun> processes, List<TaskRun> tasks,
      List<DecisionRun> decisions, List<Deadline> deadlines, List<CorrespondenceEntry> correspondence,
      List<StoredDocument> documents, List<Operation> operations) {}

  /**
   * How the case ended, or stands: its status and outcome as recorded, how its dispute ended and what the payer owes
   * and has paid. Nothing here is estimated.
   *
   * @param owedBy          what the amount owed comes from (NEGOTIATED_SETTLEMENT, IDR_AWARD, ...); null if nothing is owed
   * @param recoveredAmount paid above the initial payment, once the amount owed is paid in full; null before
   */
  public record Outcome(String status, String stage, String outcome, Instant closedAt,
      org.claimrecovery.claims.DisputeOutcomes.DisputeOutcome dispute, String owedBy, BigDecimal amountOwed,
      LocalDate paymentDueOn, BigDecimal paidAmount, BigDecimal stillOwed, BigDecimal recoveredAmount) {}

  /** One reading of a case file: who, when, and as what (JSON, PDF or PAGE). */
  public record Reading(String readBy, Instant readAt, String format) {}
}
