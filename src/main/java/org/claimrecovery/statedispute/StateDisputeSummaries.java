package org.claimrecovery.statedispute;

import java.util.List;
import java.util.Optional;
import org.claimrecovery.appeal.AppealLetters;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.deadlines.CaseDeadlines;
import org.claimrecovery.deadlines.Deadline;
import org.claimrecovery.documents.DocumentStore;
import org.claimrecovery.documents.StoredDocument;
import org.claimrecovery.text.Markdown;
import org.claimrecovery.text.Words;
import org.springframework.stereotype.Component;

/**
 * The state dispute as its tasks show it (under the case's headline): the state's process and body, the filing, the
 * decision.
 */
@Component
public class StateDisputeSummaries {

  private final StateDisputes disputes;
  private final ClaimRepository claims;
  private final DocumentStore documents;
  private final CaseDeadlines deadlines;

  StateDisputeSummaries(StateDisputes disputes, ClaimRepository claims, DocumentStore documents,
      CaseDeadlines deadlines) {
    this.disputes = disputes;
    this.claims = claims;
    this.documents = documents;
    this.deadlines = deadlines;
  }

  public String of(String claimId) {
    Claim claim = claims.findById(claimId).orElseThrow();
    StateDispute dispute = disputes.current(claimId);
    return summary(claim, dispute, documents.list(claimId), deadlines.find(claimId, dispute.filingDeadline()));
  }

  /** @param filing the deadline that governs the filing (its rule's citation is shown); empty when not dated */
  static String summary(Claim claim, StateDispute dispute, List<StoredDocument> onFile, Optional<Deadline> filing) {
    var md = new StringBuilder();
    md.append("**State** ").append(dispute.state()).append("\n\n");
    md.append("**Determination** ").append(Markdown.text(AppealLetters.determination(claim))).append("\n\n");
    md.append("**Process** ").append(Markdown.text(dispute.process())).append("\n\n");
    md.append("**Filed with** ").append(Markdown.text(dispute.body())).append("\n\n");
    md.append("**State dispute** ").append(switch (dispute.status()) {
      case PREPARING -> "to file by " + Words.weekday(dispute.filingDueOn())
          + filing.map(deadline -> " (" + Markdown.text(deadline.citation()) + ")").orElse("");
      case FILED -> "filed " + Words.weekday(dispute.filedOn())
          + (dispute.reference() == null ? "" : ", reference " + Markdown.text(dispute.reference()))
          + (dispute.ownStepEndsOn() == null ? "" : "; " + Markdown.text(dispute.ownStep()) + " until "
              + Words.weekday(dispute.ownStepEndsOn()))
          + "; the decision is due by " + Words.weekday(dispute.decisionDueOn());
      case SETTLED -> "settled " + Words.weekday(dispute.decidedOn()) + ", the payer owes "
          + Words.money(dispute.decidedAmount());
      case DECIDED -> dispute.decision() == StateDispute.Decision.WON
          ? "won " + Words.weekday(dispute.decidedOn()) + ", the payer owes " + Words.money(dispute.decidedAmount())
          : "lost " + Words.weekday(dispute.decidedOn());
      case MISSED -> "not filed by " + Words.weekday(dispute.filingDueOn());
    }).append("\n\n");
    if (dispute.grounds() != null) {
      md.append("**Grounds** ").append(Markdown.text(dispute.grounds())).append(" · **We ask for** ")
          .append(Words.money(dispute.ourAmount())).append("\n\n");
    }
    if (dispute.note() != null) {
      md.append(Markdown.text(dispute.note())).append("\n\n");
    }
    md.append("**Documents on file** ").append(onFile.isEmpty() ? "none" : String.join(", ", onFile.stream()
        .map(document -> Markdown.text(document.type().words() + " (" + document.fileName() + ")")).toList()))
        .append("\n");
    return Markdown.bounded(md.toString(), "the claim's state dispute in the API (GET /api/claims/" + claim.id()
        + "/state-dispute)");
  }

}
