package org.claimrecovery.appeal;

import java.util.List;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.documents.DocumentStore;
import org.claimrecovery.documents.StoredDocument;
import org.claimrecovery.text.Markdown;
import org.claimrecovery.text.Words;
import org.springframework.stereotype.Component;

/** The internal appeal as its tasks show it: the claim, the determination appealed, each level with its dates. */
@Component
public class AppealSummaries {

  private final InternalAppeals appeals;
  private final ClaimRepository claims;
  private final DocumentStore documents;

  AppealSummaries(InternalAppeals appeals, ClaimRepository claims, DocumentStore documents) {
    this.appeals = appeals;
    this.claims = claims;
    this.documents = documents;
  }

  public String of(String claimId) {
    Claim claim = claims.findById(claimId).orElseThrow();
    return summary(claim, appeals.levels(claimId), documents.list(claimId));
  }

  static String summary(Claim claim, List<AppealLevel> levels, List<StoredDocument> onFile) {
    var md = new StringBuilder();
    md.append("**Plan** ").append(claim.planType().description()).append("\n\n");
    md.append("**Determination appealed** ").append(Markdown.text(AppealLetters.determination(claim)))
        .append("\n\n");
    for (AppealLevel level : levels) {
      md.append("**Level ").append(level.level()).append(" of ").append(level.levels()).append("** ");
      md.append(switch (level.status()) {
        case PREPARING -> "to file by " + Words.weekday(level.filingDueOn());
        case FILED -> "filed " + Words.weekday(level.filedOn()) + "; the payer must decide by "
            + Words.weekday(level.decisionDueOn());
        case DECIDED -> decision(level);
        case MISSED -> "not filed by " + Words.weekday(level.filingDueOn());
      });
      md.append("\n\n");
      if (level.note() != null) {
        md.append(Markdown.text(level.note())).append("\n\n");
      }
    }
    md.append("**Documents on file** ").append(onFile.isEmpty() ? "none" : String.join(", ", onFile.stream()
        .map(document -> Markdown.text(document.type().words() + " (" + document.fileName() + ")")).toList()))
        .append("\n");
    return Markdown.bounded(md.toString(), "the claim's appeal in the API (GET /api/claims/" + claim.id()
        + "/appeal)");
  }

  private static String decision(AppealLevel level) {
    String amount = level.decidedAmount() == null ? "" : ", allowing " + Words.money(level.decidedAmount());
    return switch (level.decision()) {
      case OVERTURNED -> "overturned " + Words.weekday(level.decidedOn()) + amount;
      case PARTIALLY_OVERTURNED -> "partly overturned " + Words.weekday(level.decidedOn()) + amount;
      case UPHELD -> "upheld " + Words.weekday(level.decidedOn());
      case NO_DECISION -> "no decision by " + Words.weekday(level.decisionDueOn())
          + ": exhausted (29 CFR 2560.503-1(l))";
    };
  }

}
