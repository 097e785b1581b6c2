package org.claimrecovery.idr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.Claim.ClaimLine;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.deadlines.CaseDeadlines;
import org.claimrecovery.deadlines.CaseEvents;
import org.claimrecovery.deadlines.Deadline;
import org.claimrecovery.deadlines.DeadlineStatus;
import org.claimrecovery.idr.IdrDispute.SelectedBy;
import org.claimrecovery.idr.IdrRules.AdministrativeFee;
import org.claimrecovery.idr.IdrRules.DisputeType;
import org.claimrecovery.idr.IdrRules.EntityFee;
import org.claimrecovery.text.Markdown;
import org.claimrecovery.text.Words;
import org.springframework.stereotype.Component;

/**
 * What the federal IDR stage's tasks show, as Markdown that fits a form (every value from a claim or a person as
 * literal text): the claim as the preparation needs it, and the dispute as it stands.
 */
@Component
public class IdrSummaries {

  private final ClaimRepository claims;
  private final CaseDeadlines deadlines;
  private final IdrFees fees;
  private final FederalIdr idr;
  private final IdrInitiationWindow window;
  private final CaseClock clock;

  IdrSummaries(ClaimRepository claims, CaseDeadlines deadlines, IdrFees fees, FederalIdr idr,
      IdrInitiationWindow window, CaseClock clock) {
    this.window = window;
    this.claims = claims;
    this.deadlines = deadlines;
    this.fees = fees;
    this.idr = idr;
    this.clock = clock;
  }

  /** The preparation task's summary of the claim: parties, lines, open negotiation, the window and today's fee. */
  public String preparation(String claimId) {
    Claim claim = claims.findById(claimId).orElseThrow();
    LocalDate today = clock.today();
    return preparation(claim, claims.events(claimId).get(CaseEvents.OPEN_NEGOTIATION_STARTED),
        dueOn(claimId, "OPEN_NEGOTIATION_PERIOD_END"), window.of(claimId).map(Deadline::dueOn).orElse(null),
        window.rule(claimId), fee(today), today);
  }

  /** The dispute as it stands, with the next IDR deadline; only the claim number before anything is recorded. */
  public String dispute(String claimId) {
    Claim claim = claims.findById(claimId).orElseThrow();
    var dispute = idr.of(claimId);
    var fee = dispute.map(IdrDispute::initiatedOn).flatMap(this::fee);
    var batch = idr.batchOf(claimId);
    return dispute(claim.claimNumber(), claimId, dispute.orElse(null), batch.size() == 1 ? List.of()
        : batch.stream().map(id -> claims.findById(id).orElseThrow().claimNumber()).toList(), fee,
        nextIdrDeadline(claimId));
  }

  /**
   * @param negotiationStartedOn day 1 of the open negotiation period; null when no notice was sent
   * @param fee the administrative fee in force {@code today}; empty when the rules configure none for it
   */
  static String preparation(Claim claim, LocalDate negotiationStartedOn, LocalDate periodEnd,
      LocalDate initiationDue, String windowRule, Optional<AdministrativeFee> fee, LocalDate today) {
    var head = new StringBuilder();
    head.append("**Provider TIN** ").append(claim.provider().tin() == null || claim.provider().tin().isBlank()
            ? "not given" : Markdown.text(claim.provider().tin()))
        .append("\n\n");
    head.append("| Line | Code | Billed | Paid | QPA |\n|---|---|---|---|---|\n");
    List<String> rows = new ArrayList<>();
    for (ClaimLine line : claim.lines()) {
      rows.add("| " + line.lineNumber() + " | " + Markdown.text(line.serviceCode()) + " | "
          + Words.money(line.billedAmount()) + " | " + Words.money(line.paidOrZero()) + " | "
          + (line.qpa() == null ? "not disclosed" : Words.money(line.qpa())) + " |\n");
    }
    var foot = new StringBuilder();
    foot.append("| **Total** |  | ").append(Words.money(claim.totalBilled())).append(" | ")
        .append(Words.money(claim.totalPaid())).append(" | ")
        .append(claim.totalQpa().map(Words::money).orElse("not disclosed for every line")).append(" |\n\n");
    foot.append("**Open negotiation** ").append(negotiationStartedOn == null ? "no notice sent"
            : "began " + Words.day(negotiationStartedOn) + ", period " + (periodEnd == null ? "end not known"
                : (today.isAfter(periodEnd) ? "ended " : "ends ") + Words.day(periodEnd)))
        .append("\n\n");
    foot.append("**Initiate IDR by** ").append(initiationDue == null ? "not known (no initiation window)"
        : Words.day(initiationDue) + ": " + Markdown.text(windowRule)).append("\n\n");
    foot.append("**Administrative fee** ").append(fee
        .map(entry -> Words.money(entry.amount()) + " per party, initiated today (" + Markdown.text(entry.citation()) + ")")
        .orElse("none configured for a dispute initiated today (rules/idr.yaml)")).append("\n");
    return Markdown.table(head.toString(), rows, foot.toString(), "lines",
        "the claim in the API (GET /api/claims/" + claim.id() + ")");
  }

  /**
   * @param dispute null before anything of the dispute is recorded
   * @param batch the claim numbers of the batch the claim is filed in, the lead first; empty when filed alone
   * @param fee the administrative fee for its initiation date; empty before initiation
   * @param nextDeadline the earliest open IDR deadline of the case
   */
  static String dispute(String claimNumber, String claimId, IdrDispute dispute, List<String> batch,
      Optional<AdministrativeFee> fee, Optional<Deadline> nextDeadline) {
    var md = new StringBuilder();
    if (dispute == null) {
      md.append("**Dispute** not prepared\n\n");
    } else {
      md.append("**Dispute** ").append(dispute.disputeNumber() == null ? "no number yet"
              : Markdown.text(dispute.disputeNumber()))
          .append(" · **Status** ").append(Words.of(dispute.status()))
          .append("\n\n");
      if (!batch.isEmpty()) {
        md.append("**Filed in one batch** ").append(Markdown.text(batch.get(0))).append(" (lead), ")
            .append(String.join(", ", batch.stream().skip(1).map(Markdown::text).toList()))
            .append(batch.get(0).equals(claimNumber) ? ": the dispute's facts are recorded on this claim"
                : ": the dispute's facts are recorded on " + Markdown.text(batch.get(0)))
            .append("; amounts are shared in proportion to the offers\n\n");
      }
      if (dispute.initiatedOn() != null) {
        md.append("**Initiated** ").append(Words.day(dispute.initiatedOn())).append("\n\n");
      }
      md.append("**Certified IDR entity** ").append(dispute.entity() == null ? "not selected yet"
          : Markdown.text(dispute.entity()) + " (selected " + day(dispute.entitySelectedOn())
              + (dispute.selectedBy() == null ? "" : dispute.selectedBy() == SelectedBy.DEPARTMENTS
                  ? " by the Departments" : " by the parties") + ")");
      if (dispute.payerObjectedOn() != null) {
        md.append(" · **Payer objected** to our preferred entity on ").append(Words.day(dispute.payerObjectedOn()));
      }
      md.append("\n\n");
      md.append("**Our offer** ").append(dispute.offerAmount() == null ? "none" : Words.money(dispute.offerAmount()));
      if (dispute.offersSubmittedOn() != null) {
        md.append(" · **Submitted** ").append(Words.day(dispute.offersSubmittedOn()))
            .append(dispute.submittedOffer() == null ? "" : " at " + Words.money(dispute.submittedOffer()));
      }
      md.append("\n\n");
      md.append("**Fees paid** ").append(dispute.feesPaid() == null ? "none recorded" : Words.money(dispute.feesPaid()));
      fee.ifPresent(entry -> md.append(" · **Administrative fee** ").append(Words.money(entry.amount()))
          .append(" per party"));
      md.append("\n\n");
      if (dispute.result() != null) {
        md.append("**Result** ").append(Words.of(dispute.result()));
        if (dispute.decidedAmount() != null) {
          md.append(" · **Amount** ").append(Words.money(dispute.decidedAmount()));
        }
        if (dispute.decidedOn() != null) {
          md.append(" · **On** ").append(Words.day(dispute.decidedOn()));
        }
        if (dispute.entityFeeOwed() != null) {
          md.append(" · **Entity fee owed** ").append(Words.money(dispute.entityFeeOwed())).append(" (the losing party pays it)");
        }
        md.append("\n\n");
        if (dispute.ineligibleReasons() != null) {
          dispute.ineligibleReasons().lines()
              .forEach(reason -> md.append("- ").append(Markdown.text(reason)).append("\n"));
          md.append("\n");
        }
      }
    }
    md.append("**Next IDR deadline** ").append(nextDeadline
        .map(deadline -> Markdown.text(deadline.inWords()))
        .orElse("none open")).append("\n");
    return Markdown.bounded(md.toString(), "the claim's dispute in the API (GET /api/claims/" + claimId + "/dispute)");
  }

  /**
   * The fees due with our offer, read when the offer's task opens: the administrative fee by the initiation date and
   * the selected entity's fee for the dispute's type, each with its citation.
   */
  public String feesDue(String claimId) {
    var dispute = idr.of(claimId).orElse(null);
    if (dispute == null) {
      return "**Fees due** not known: no dispute is recorded\n";
    }
    return feesDue(dispute, idr.disputeType(claimId), Optional.ofNullable(dispute.initiatedOn()).flatMap(this::fee),
        idr.entityFee(dispute));
  }

  /**
   * @param administrativeFee empty when none is configured for the initiation date (or it is not recorded)
   * @param entityFee         empty when the entity has no such fee in rules/idr.yaml
   */
  static String feesDue(IdrDispute dispute, DisputeType type, Optional<AdministrativeFee> administrativeFee,
      Optional<EntityFee> entityFee) {
    var md = new StringBuilder("**Fees due** with the offer, per party\n\n");
    md.append("**Administrative fee** ").append(administrativeFee
        .map(fee -> Words.money(fee.amount()) + " for a dispute initiated " + day(dispute.initiatedOn()) + " ("
            + Markdown.text(fee.citation()) + ")")
        .orElse(dispute.initiatedOn() == null ? "not known: the initiation date is not recorded"
            : "not configured for a dispute initiated " + Words.day(dispute.initiatedOn()) + " (rules/idr.yaml)"))
        .append("\n\n");
    String kind = type.name().toLowerCase(Locale.ROOT);
    md.append("**Certified IDR entity fee** ");
    if (dispute.entity() == null) {
      md.append("not known: no entity is selected");
    } else {
      md.append(entityFee.map(fee -> Words.money(fee.amount()) + ", " + Markdown.text(dispute.entity()) + ", " + kind
              + " dispute (" + Markdown.text(fee.citation()) + "); the losing party pays it")
          .orElse("not configured for " + Markdown.text(dispute.entity()) + " (" + kind + " dispute, initiated "
              + day(dispute.initiatedOn()) + "): name the entity by its id in entityFees of rules/idr.yaml, or check its "
              + "fee with the entity"));
    }
    md.append("\n");
    return md.toString();
  }

  /** The IDR stage's deadlines of the case, in order, with due day, status and citation: what an alert weighs. */
  public String dates(String claimId) {
    return dates(deadlines.of(claimId).orElse(List.of()).stream()
        .filter(deadline -> deadline.code().startsWith("IDR")).toList(), claimId);
  }

  static String dates(List<Deadline> idrDeadlines, String claimId) {
    var head = "| Deadline | Due | Status | Source |\n|---|---|---|---|\n";
    var rows = idrDeadlines.stream().sorted((a, b) -> a.dueOn().compareTo(b.dueOn()))
        .map(deadline -> "| " + Markdown.text(deadline.title()) + " | " + Words.day(deadline.dueOn())
            + " | " + deadline.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
            + (deadline.metOn() == null ? "" : " " + Words.day(deadline.metOn())) + " | "
            + Markdown.text(deadline.citation())
            + " |\n")
        .toList();
    if (rows.isEmpty()) {
      return "**IDR deadlines** none dated yet\n";
    }
    return Markdown.table(head, rows, "", "deadlines", "GET /api/claims/" + claimId + "/deadlines");
  }

  /** The earliest open deadline of the IDR stage (IDR_…, IDRE_…). */
  Optional<Deadline> nextIdrDeadline(String claimId) {
    return deadlines.of(claimId).orElse(List.of()).stream()
        .filter(deadline -> deadline.status() == DeadlineStatus.OPEN && deadline.code().startsWith("IDR"))
        .min((a, b) -> a.dueOn().compareTo(b.dueOn()));
  }

  private Optional<AdministrativeFee> fee(LocalDate on) {
    try {
      return Optional.of(fees.administrativeFee(on));
    } catch (IllegalArgumentException noneConfigured) {
      return Optional.empty();
    }
  }

  private LocalDate dueOn(String claimId, String code) {
    return deadlines.find(claimId, code).map(Deadline::dueOn).orElse(null);
  }

  private static String day(LocalDate date) {
    return date == null ? "a date not recorded" : Words.day(date);
  }
}
