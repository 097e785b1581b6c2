package org.claimrecovery.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.claimrecovery.appeal.AppealLetters;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.correspondence.AppealLetter;
import org.claimrecovery.correspondence.ComplaintPackage.Letter;
import org.claimrecovery.correspondence.ComplaintPackage.TimelineEntry;
import org.claimrecovery.correspondence.ComplaintPackage;
import org.claimrecovery.correspondence.ComplaintPackageRenderer;
import org.claimrecovery.correspondence.Correspondence;
import org.claimrecovery.correspondence.CorrespondenceEntry;
import org.claimrecovery.correspondence.CorrespondenceKind;
import org.claimrecovery.correspondence.OpenNegotiationNotice;
import org.claimrecovery.correspondence.OutboundLetter;
import org.claimrecovery.correspondence.ProviderContact;
import org.claimrecovery.deadlines.CaseDeadlines;
import org.claimrecovery.deadlines.Deadline;
import org.claimrecovery.deadlines.DeadlineStatus;
import org.claimrecovery.documents.DocumentStore;
import org.claimrecovery.settlement.Settlements;
import org.claimrecovery.text.Words;
import org.springframework.stereotype.Component;

/**
 * The complaint package to the regulator (kind REGULATOR_COMPLAINT, round 0): a PDF with the case in brief, our
 * grounds, what the payer missed, the timeline of the case's events and deadlines, the correspondence ledger with each
 * item's SHA-256 and the documents enclosed, addressed to the regulator of rules/regulators.yaml and put in the outbox
 * for a person to file; the ledger keeps it once per case, also when the job is retried.
 */
@Component
public class ComplaintPackages {

  private final RegulatorComplaints complaints;
  private final ClaimRepository claims;
  private final CaseDeadlines deadlines;
  private final Settlements settlements;
  private final Correspondence correspondence;
  private final DocumentStore documents;
  private final ComplaintPackageRenderer renderer;
  private final ProviderContact provider;
  private final CaseClock clock;

  ComplaintPackages(RegulatorComplaints complaints, ClaimRepository claims, CaseDeadlines deadlines,
      Settlements settlements, Correspondence correspondence, DocumentStore documents,
      ComplaintPackageRenderer renderer, ProviderContact provider, CaseClock clock) {
    this.complaints = complaints;
    this.claims = claims;
    this.deadlines = deadlines;
    this.settlements = settlements;
    this.correspondence = correspondence;
    this.documents = documents;
    this.renderer = renderer;
    this.provider = provider;
    this.clock = clock;
  }

  /**
   * Puts the complaint package in the outbox unless the ledger has it already.
   *
   * @throws IllegalStateException when the complaint has no grounds prepared: nothing is sent
   */
  public CorrespondenceEntry send(String claimId) {
    var complaint = complaints.of(claimId).filter(prepared -> prepared.grounds() != null)
        .orElseThrow(() -> new IllegalStateException("claim " + claimId + ": the complaint has no grounds prepared; "
            + "its package is not sent"));
    var regulator = complaints.regulatorOf(complaint);
    Claim claim = claims.findById(claimId).orElseThrow();
    var pdf = renderer.render(compose(claim, complaint, regulator.citation()));
    String body = "Complaint about " + claim.payer().name() + "'s handling of claim " + claim.claimNumber() + ", to "
        + complaint.regulator() + ", with the case's timeline, its correspondence and the documents on file. File it "
        + "and record the day and the regulator's reference.";
    return correspondence.send(new OutboundLetter(claimId, List.of(claimId), CorrespondenceKind.REGULATOR_COMPLAINT, 0,
        regulator.channel(), complaint.regulator(), "Complaint about claim " + claim.claimNumber(), body, pdf,
        "regulator-complaint-" + claim.claimNumber() + ".pdf", "The regulator of the plan in "
        + RegulatorRules.DEFAULT_RESOURCE));
  }

  ComplaintPackage compose(Claim claim, RegulatorComplaint complaint, String authority) {
    String claimId = claim.id();
    List<Deadline> caseDeadlines = deadlines.of(claimId).orElse(List.of());
    return new ComplaintPackage(clock.today(), complaint.regulator(), authority, claim.payer().name(),
        claim.claimNumber(), claim.serviceDate(),
        new OpenNegotiationNotice.Provider(claim.provider().name(), claim.provider().npi(), claim.provider().tin()),
        claim.planType().description() + (claim.planState() == null ? "" : ", " + claim.planState()),
        claim.lines().stream().map(line -> new AppealLetter.Line(line.serviceCode(), line.description(),
            line.billedAmount(), line.paidAmount())).toList(),
        AppealLetters.determination(claim), cause(complaint), complaint.grounds(), payerMissed(claimId, caseDeadlines),
        timeline(claimId, caseDeadlines), letters(claimId),
        documents.list(claimId).stream().map(document -> document.type().words() + " (" + document.fileName()
            + ", SHA-256 " + document.sha256() + ")").toList(),
        provider.asNoticeContact(), provider.asNoticeSigner());
  }

  private static String cause(RegulatorComplaint complaint) {
    return switch (complaint.cause()) {
      case UNPAID_AMOUNT -> "The plan has not paid the amount it owes under the decision or settlement shown below.";
      case PAYER_MISSED_DEADLINE -> "The plan let its own deadline pass, as shown below.";
      case ADVERSE_DECISION -> "The dispute of this claim was decided against us; we ask the regulator to review how "
          + "the plan handled it.";
    };
  }

  /** Each deadline binding the payer that it missed, and an amount owed but unpaid past its due date. */
  private List<String> payerMissed(String claimId, List<Deadline> caseDeadlines) {
    List<String> missed = new ArrayList<>();
    caseDeadlines.stream().filter(deadline -> "PAYER".equals(deadline.binds())
        && deadline.status() == DeadlineStatus.MISSED).forEach(deadline -> missed.add(deadline.title() + ": due "
            + deadline.dueOn() + (deadline.metOn() == null ? ", not met" : ", met late on " + deadline.metOn())
            + " (" + deadline.citation() + ")"));
    settlements.of(claimId).filter(owed -> owed.recoveredAmount() == null && owed.dueOn().isBefore(clock.today()))
        .ifPresent(owed -> missed.add("Payment of " + Words.money(owed.amount()) + " owed under " + owed.source().name()
            .replace('_', ' ').toLowerCase() + " of " + owed.decidedOn() + ": due " + owed.dueOn() + ", paid so far "
            + Words.money(settlements.totalPaid(claimId))));
    return missed;
  }


  private List<TimelineEntry> timeline(String claimId, List<Deadline> caseDeadlines) {
    List<TimelineEntry> entries = new ArrayList<>();
    claims.events(claimId).forEach((event, on) -> entries.add(new TimelineEntry(on, "Event",
        event.replace('_', ' ').toLowerCase())));
    caseDeadlines.forEach(deadline -> entries.add(new TimelineEntry(deadline.dueOn(), "Deadline",
        deadline.title() + ", binds " + deadline.binds().toLowerCase() + ": " + deadline.status().name().toLowerCase()
            + (deadline.metOn() == null ? "" : " on " + deadline.metOn()) + " (" + deadline.citation() + ")")));
    entries.sort(Comparator.comparing(TimelineEntry::on));
    return entries;
  }

  private List<Letter> letters(String claimId) {
    return correspondence.ofClaim(claimId).stream()
        .sorted(Comparator.comparing(ComplaintPackages::happened))
        .map(entry -> new Letter(day(happened(entry)), entry.direction().name().toLowerCase(),
            entry.kind().name().replace('_', ' ').toLowerCase(), entry.recipient(), entry.sha256()))
        .toList();
  }

  private static Instant happened(CorrespondenceEntry entry) {
    return entry.sentAt() != null ? entry.sentAt() : entry.receivedAt() != null ? entry.receivedAt()
        : entry.createdAt();
  }

  private LocalDate day(Instant at) {
    return at.atZone(clock.zone()).toLocalDate();
  }
}
