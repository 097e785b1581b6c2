package org.claimrecovery.complaint;

import java.util.List;
import org.claimrecovery.appeal.AppealLetters;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.complaint.RegulatorComplaint.Result;
import org.claimrecovery.documents.DocumentStore;
import org.claimrecovery.documents.StoredDocument;
import org.claimrecovery.text.Markdown;
import org.claimrecovery.text.Words;
import org.springframework.stereotype.Component;

/** The complaint as its tasks show it: the claim, the regulator, why, the filing, the follow-ups, the answer. */
@Component
public class ComplaintSummaries {

  private final RegulatorComplaints complaints;
  private final ClaimRepository claims;
  private final DocumentStore documents;

  ComplaintSummaries(RegulatorComplaints complaints, ClaimRepository claims, DocumentStore documents) {
    this.complaints = complaints;
    this.claims = claims;
    this.documents = documents;
  }

  public String of(String claimId) {
    Claim claim = claims.findById(claimId).orElseThrow();
    return summary(claim, complaints.current(claimId), documents.list(claimId));
  }

  static String summary(Claim claim, RegulatorComplaint complaint, List<StoredDocument> onFile) {
    var md = new StringBuilder();
    md.append("**Plan** ").append(Markdown.text(claim.planType().description()))
        .append(claim.planState() == null ? "" : ", " + claim.planState()).append("\n\n");
    md.append("**Determination** ").append(Markdown.text(AppealLetters.determination(claim))).append("\n\n");
    md.append("**Complaint to** ").append(Markdown.text(complaint.regulator())).append("\n\n");
    md.append("**Why** ").append(switch (complaint.cause()) {
      case UNPAID_AMOUNT -> "the payer has not paid what it owes; the case keeps waiting for the payment";
      case PAYER_MISSED_DEADLINE -> "the payer let its deadline for the initial payment or denial pass; the case goes "
          + "on";
      case ADVERSE_DECISION -> "the dispute was decided against us";
    }).append("\n\n");
    md.append("**Complaint** ").append(switch (complaint.status()) {
      case PREPARING -> "being prepared";
      case FILED -> "filed " + Words.weekday(complaint.filedOn())
          + (complaint.reference() == null ? "" : ", reference " + Markdown.text(complaint.reference()))
          + "; the regulator's answer is awaited by " + Words.weekday(complaint.responseDueOn())
          + (complaint.followUps() == 0 ? "" : "; followed up " + complaint.followUps() + " time"
              + (complaint.followUps() == 1 ? "" : "s") + ", last " + Words.weekday(complaint.lastFollowUpOn()));
      case RESOLVED -> (complaint.result() == Result.JUSTIFIED ? "found justified " : "found not justified ")
          + Words.weekday(complaint.resolvedOn())
          + (complaint.amountOwed() == null ? "" : ", the payer owes " + Words.money(complaint.amountOwed()));
      case WITHDRAWN -> "withdrawn " + Words.weekday(complaint.resolvedOn());
    }).append("\n\n");
    if (complaint.grounds() != null) {
      md.append("**Grounds** ").append(Markdown.text(complaint.grounds())).append("\n\n");
    }
    if (complaint.note() != null) {
      md.append(Markdown.text(complaint.note())).append("\n\n");
    }
    md.append("**Documents on file** ").append(onFile.isEmpty() ? "none" : String.join(", ", onFile.stream()
        .map(document -> Markdown.text(document.type().words() + " (" + document.fileName() + ")")).toList()))
        .append("\n");
    return Markdown.bounded(md.toString(), "the claim's complaint in the API (GET /api/claims/" + claim.id()
        + "/complaint)");
  }

}
