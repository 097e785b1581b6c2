package org.claimrecovery.externalreview;

import java.util.List;
import org.claimrecovery.appeal.AppealLetters;
import org.claimrecovery.appeal.AppealLevel;
import org.claimrecovery.appeal.InternalAppeals;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.documents.DocumentStore;
import org.claimrecovery.documents.StoredDocument;
import org.claimrecovery.text.Markdown;
import org.claimrecovery.text.Words;
import org.springframework.stereotype.Component;

/**
 * The external review as its tasks show it: the claim, the final internal adverse determination, the request and its
 * deadline, the reviewer and its decision, the documents on file.
 */
@Component
public class ExternalReviewSummaries {

  private final ExternalReviews reviews;
  private final InternalAppeals appeals;
  private final ClaimRepository claims;
  private final DocumentStore documents;

  ExternalReviewSummaries(ExternalReviews reviews, InternalAppeals appeals, ClaimRepository claims,
      DocumentStore documents) {
    this.reviews = reviews;
    this.appeals = appeals;
    this.claims = claims;
    this.documents = documents;
  }

  public String of(String claimId) {
    Claim claim = claims.findById(claimId).orElseThrow();
    return summary(claim, reviews.current(claimId), appeals.levels(claimId), documents.list(claimId));
  }

  static String summary(Claim claim, ExternalReview review, List<AppealLevel> levels, List<StoredDocument> onFile) {
    var md = new StringBuilder();
    md.append("**Plan** ").append(claim.planType().description()).append("\n\n");
    md.append("**Determination** ").append(Markdown.text(AppealLetters.determination(claim))).append("\n\n");
    var last = levels.isEmpty() ? null : levels.get(levels.size() - 1);
    md.append("**Final internal adverse determination** ")
        .append(Markdown.text(ExternalReviewRequests.finalDetermination(last)))
        .append(last == null || last.decidedOn() == null ? "" : ", " + Words.weekday(last.decidedOn())).append("\n\n");
    md.append("**External review** ").append(switch (review.status()) {
      case PREPARING -> "to request by " + Words.weekday(review.requestDueOn());
      case REQUESTED -> "requested " + Words.weekday(review.requestedOn()) + (review.decisionDueOn() == null
          ? "; no decision deadline for the reviewer is configured"
          : "; the reviewer must decide by " + Words.weekday(review.decisionDueOn()));
      case DECIDED -> (review.decision() == ExternalReview.Decision.OVERTURNED
          ? "overturned " + Words.weekday(review.decidedOn()) + ", the payer owes "
              + Words.money(review.decidedAmount())
          : "upheld " + Words.weekday(review.decidedOn()));
      case MISSED -> "not requested by " + Words.weekday(review.requestDueOn());
    }).append("\n\n");
    if (review.reviewer() != null) {
      md.append("**Reviewer** ").append(Markdown.text(review.reviewer())).append(" (")
          .append(review.channel() == null ? "channel not chosen" : Words.of(review.channel())).append(")\n\n");
    }
    if (review.grounds() != null) {
      md.append("**Grounds** ").append(Markdown.text(review.grounds())).append("\n\n");
    }
    if (review.note() != null) {
      md.append(Markdown.text(review.note())).append("\n\n");
    }
    md.append("**Documents on file** ").append(onFile.isEmpty() ? "none" : String.join(", ", onFile.stream()
        .map(document -> Markdown.text(document.type().words() + " (" + document.fileName() + ")")).toList()))
        .append("\n");
    return Markdown.bounded(md.toString(), "the claim's external review in the API (GET /api/claims/" + claim.id()
        + "/external-review)");
  }

}
