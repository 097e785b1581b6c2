package org.claimrecovery.appeal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.deadlines.CaseDeadlines;
import org.claimrecovery.deadlines.Deadline;
import org.claimrecovery.documents.DocumentStore;
import org.claimrecovery.documents.StoredDocument;
import org.claimrecovery.text.Markdown;
import org.springframework.stereotype.Component;

/** The internal appeal as its tasks show it: the claim, the determination appealed, each level with its dates. */
@Component
public class AppealSummaries {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);

  private final InternalAppeals appeals;
  private final ClaimRepository claims;
  private final DocumentStore documents;
  private final CaseDeadlines deadlines;

  AppealSummaries(InternalAppeals appeals, ClaimRepository claims, DocumentStore documents, CaseDeadlines deadlines) {
    this.appeals = appeals;
    this.claims = claims;
    this.documents = documents;
    this.deadlines = deadlines;
  }

  public String of(String claimId) {
    Claim claim = claims.findById(claimId).orElseThrow();
    return summary(claim, appeals.levels(claimId), documents.list(claimId), deadlines.nextOpenDeadline(claimId));
  }

  static String summary(Claim claim, List<AppealLevel> levels, List<StoredDocument> onFile,
      Optional<Deadline> next) {
    var md = new StringBuilder();
    md.append("**Claim** ").append(Markdown.text(claim.claimNumber())).append(" · **Payer** ")
        .append(Markdown.text(claim.payer().name())).append(" · **Plan** ").append(claim.planType().description())
        .append("\n\n").append(AppealLetters.caseLines(claim, next));
    md.append("**Determination appealed** ").append(Markdown.text(AppealLetters.determination(claim)))
        .append("\n\n");
    for (AppealLevel level : levels) {
      md.append("**Level ").append(level.level()).append(" of ").append(level.levels()).append("** ");
      md.append(switch (level.status()) {
        case PREPARING -> "to file by " + day(level.filingDueOn());
        case FILED -> "filed " + day(level.filedOn()) + "; the payer must decide by " + day(level.decisionDueOn());
        case DECIDED -> decision(level);
        case MISSED -> "not filed by " + day(level.filingDueOn());
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
    String amount = level.decidedAmount() == null ? "" : ", allowing " + money(level.decidedAmount());
    return switch (level.decision()) {
      case OVERTURNED -> "overturned " + day(level.decidedOn()) + amount;
      case PARTIALLY_OVERTURNED -> "partly overturned " + day(level.decidedOn()) + amount;
      case UPHELD -> "upheld " + day(level.decidedOn());
      case NO_DECISION -> "no decision by " + day(level.decisionDueOn()) + ": exhausted (29 CFR 2560.503-1(l))";
    };
  }

  static String day(LocalDate date) {
    return date == null ? "a date not known" : date.format(DAY);
  }

  static String money(BigDecimal amount) {
    return NumberFormat.getCurrencyInstance(Locale.US).format(amount);
  }
}
