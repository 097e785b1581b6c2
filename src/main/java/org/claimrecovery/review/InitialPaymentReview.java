package org.claimrecovery.review;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.Claim.ClaimLine;
import org.claimrecovery.claims.Claim.Review;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.claims.Stage;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.deadlines.Deadline;
import org.claimrecovery.web.FieldProblem;
import org.springframework.stereotype.Service;

/**
 * The review of the payer's initial payment against a fair benchmark. Its guard: a payment below the
 * QPA is never accepted without a written reason.
 */
@Service
public class InitialPaymentReview {

  public static final String OUTCOME_ACCEPTED = "INITIAL_PAYMENT_ACCEPTED";

  private final ClaimRepository claims;
  private final CaseClock clock;

  InitialPaymentReview(ClaimRepository claims, CaseClock clock) {
    this.claims = claims;
    this.clock = clock;
  }

  /** What is wrong with a decision, in words a specialist can act on; empty when it may be recorded. */
  public List<FieldProblem> problems(Claim claim, String decision, String acceptReason) {
    var problems = new ArrayList<FieldProblem>();
    ReviewDecision parsed = parse(decision);
    if (parsed == null) {
      problems.add(new FieldProblem("decision", "Choose a decision: ACCEPT, NEGOTIATE or DISPUTE."));
    } else if (parsed == ReviewDecision.ACCEPT && claim.paidBelowQpa()
        && (acceptReason == null || acceptReason.isBlank())) {
      problems.add(new FieldProblem("acceptReason",
          "The payment is below the QPA: accepting it needs a written reason (acceptReason)."));
    }
    return problems;
  }

  public void record(String claimId, String decision, String acceptReason, String note, String reviewedBy) {
    ReviewDecision parsed = ReviewDecision.valueOf(decision);
    Stage next = switch (parsed) {
      case ACCEPT -> Stage.INITIAL_PAYMENT_REVIEW;
      case NEGOTIATE -> Stage.NEGOTIATION;
      case DISPUTE -> Stage.AWAITING_DISPUTE_STAGE;
    };
    claims.recordReview(claimId, new Review(decision, blankToNull(acceptReason), blankToNull(note), reviewedBy,
        clock.now()), next);
  }

  public void closeAccepted(String claimId) {
    claims.close(claimId, OUTCOME_ACCEPTED, clock.now());
  }

  /** The review form's summary: the claim, the deadline and, per line, billed, paid, QPA and the gap. */
  public String summary(Claim claim, Optional<Deadline> next) {
    var md = new StringBuilder();
    md.append("**Claim** ").append(claim.claimNumber())
        .append(" · **Payer** ").append(claim.payer().name())
        .append(" · **Pathway** ").append(pathwayName(claim.pathway())).append("\n\n");
    if (claim.initialPayment() != null) {
      md.append("**Initial payment** ").append(money(claim.initialPayment().amount()))
          .append(" received ").append(claim.initialPayment().receivedOn()).append("\n\n");
    } else if (claim.denial() != null) {
      md.append("**Denied** (reason ").append(claim.denial().reasonCode()).append(") received ")
          .append(claim.denial().receivedOn()).append("\n\n");
    }
    next.ifPresent(deadline -> md.append("**Due** ").append(deadline.dueOn()).append(": ")
        .append(deadline.title()).append(" (").append(deadline.citation()).append(")\n\n"));
    md.append("| Line | Code | Billed | Paid | QPA | Below QPA by |\n|---|---|---:|---:|---:|---:|\n");
    for (ClaimLine line : claim.lines()) {
      md.append("| ").append(line.lineNumber()).append(" | ").append(line.serviceCode())
          .append(" | ").append(money(line.billedAmount()))
          .append(" | ").append(money(line.paidOrZero()))
          .append(" | ").append(line.qpa() == null ? "missing" : money(line.qpa()))
          .append(" | ").append(money(line.gapToQpa())).append(" |\n");
    }
    md.append("| **Total** | | **").append(money(claim.totalBilled())).append("** | **")
        .append(money(claim.totalPaid())).append("** | **")
        .append(claim.totalQpa().map(InitialPaymentReview::money).orElse("incomplete")).append("** | |\n\n");
    if (claim.paidBelowQpa()) {
      md.append("⚠ The payment is below the QPA: accepting it needs a written reason.\n\n");
    }
    if (claim.lines().stream().anyMatch(line -> line.qpa() == null) && claim.initialPayment() != null) {
      md.append("⚠ The payer did not report a QPA for every line: request it before deciding.\n");
    }
    return md.toString();
  }

  private static String pathwayName(String pathway) {
    if (pathway == null) {
      return "not classified";
    }
    return switch (pathway) {
      case "FEDERAL_IDR" -> "No Surprises Act: open negotiation, then federal IDR";
      case "STATE_PROCESS" -> "specified state law process";
      case "APPEAL" -> "payer appeals, then external review";
      default -> pathway;
    };
  }

  static String money(BigDecimal amount) {
    return amount == null ? "" : NumberFormat.getCurrencyInstance(Locale.US).format(amount);
  }

  private static ReviewDecision parse(String decision) {
    try {
      return decision == null ? null : ReviewDecision.valueOf(decision);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
