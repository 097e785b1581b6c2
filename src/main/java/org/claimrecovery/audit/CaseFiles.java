package org.claimrecovery.audit;

import java.util.List;
import java.util.Optional;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.claims.ClaimView;
import org.claimrecovery.claims.DisputeOutcomes;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.correspondence.Correspondence;
import org.claimrecovery.deadlines.CaseDeadlines;
import org.claimrecovery.documents.DocumentStore;
import org.claimrecovery.settlement.Settlements;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a case's file from every feature's record and the engine's history, and records the reading. The reading
 * is written first, so the file a person holds names their own reading too.
 */
@Service
public class CaseFiles {

  /** The forms a case file is read in. */
  public enum Format { JSON, PDF, PAGE }

  private final ClaimRepository claims;
  private final List<DisputeOutcomes> disputeOutcomes;
  private final Settlements settlements;
  private final CaseDeadlines deadlines;
  private final Correspondence correspondence;
  private final DocumentStore documents;
  private final CaseHistory history;
  private final CaseFileReadings readings;
  private final CaseClock clock;

  CaseFiles(ClaimRepository claims, List<DisputeOutcomes> disputeOutcomes, Settlements settlements,
      CaseDeadlines deadlines, Correspondence correspondence, DocumentStore documents, CaseHistory history,
      CaseFileReadings readings, CaseClock clock) {
    this.claims = claims;
    this.disputeOutcomes = disputeOutcomes;
    this.settlements = settlements;
    this.deadlines = deadlines;
    this.correspondence = correspondence;
    this.documents = documents;
    this.history = history;
    this.readings = readings;
    this.clock = clock;
  }

  /** The case's file as {@code reader} reads it now, their reading recorded; empty when there is no such case. */
  @Transactional
  public Optional<CaseFile> read(String claimId, String reader, Format format) {
    Optional<Claim> claim = claims.findById(claimId);
    if (claim.isEmpty()) {
      return Optional.empty();
    }
    var now = clock.now();
    readings.record(claimId, reader, now, format.name());
    var facts = facts(claim.get());
    return Optional.of(new CaseFile(claimId, now, reader, CaseFileChecksum.ALGORITHM, CaseFileChecksum.of(facts),
        facts, readings.of(claimId)));
  }

  private CaseFile.Facts facts(Claim claim) {
    String id = claim.id();
    var dispute = disputeOutcomes.stream().map(outcomes -> outcomes.of(id)).flatMap(Optional::stream).findFirst()
        .orElse(null);
    var recorded = history.of(id);
    return new CaseFile.Facts(ClaimView.of(claim, dispute), outcome(claim, dispute), recorded.processes(),
        recorded.tasks(), recorded.decisions(), deadlines.listed(id).orElse(List.of()), correspondence.ofClaim(id),
        documents.list(id), recorded.operations());
  }

  private CaseFile.Outcome outcome(Claim claim, DisputeOutcomes.DisputeOutcome dispute) {
    var owed = settlements.of(claim.id());
    var standing = settlements.standing(claim.id());
    return new CaseFile.Outcome(claim.status().name(), claim.stage().name(), claim.outcome(), claim.closedAt(),
        dispute,
        owed.map(payment -> payment.source().name()).orElse(null),
        owed.map(payment -> payment.amount()).orElse(null),
        owed.map(payment -> payment.dueOn()).orElse(null),
        standing.map(Settlements.Standing::paidAmount).orElse(null),
        standing.map(Settlements.Standing::stillOwed).orElse(null),
        standing.map(Settlements.Standing::recoveredAmount).orElse(null));
  }
}
