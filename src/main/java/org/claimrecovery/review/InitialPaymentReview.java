package org.claimrecovery.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.claimrecovery.claims.Claim.ClaimLine;
import org.claimrecovery.claims.Claim.Review;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.claims.Stage;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.deadlines.Deadline;
import org.claimrecovery.refusal.FieldProblem;
import org.claimrecovery.text.Markdown;
import org.claimrecovery.text.Words;
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

  /**
   * The review form's summary (under the case's headline): the payment or denial, the deadline and, per line, billed, paid, QPA and the gap. The lines
   * the payer underpaid most come first; a claim with more lines than fit the form shows those and the totals,
   * and says where every line is.
   */
  public String summary(Claim claim, Optional<Deadline> next) {
    var head = new StringBuilder();
    if (claim.initialPayment() != null) {
      head.append("**Initial payment** ").append(money(claim.initialPayment().amount()))
          .append(" received ").append(Words.day(claim.initialPayment().receivedOn())).append("\n\n");
    } else if (claim.denial() != null) {
      head.append("**Denied** (reason ").append(Markdown.text(claim.denial().code())).append(") received ")
          .append(Words.day(claim.denial().receivedOn())).append("\n\n");
    }
    // what the rules could not decide: the person choosing the route must see it first
    if (claim.classification() != null) {
      claim.classification().notes().forEach(note -> head.append("⚠ ").append(Markdown.text(note)).append("\n\n"));
    }
    next.ifPresent(deadline -> head.append("**Due** ").append(Words.day(deadline.dueOn())).append(": ")
        .append(Markdown.text(deadline.title())).append(" (").append(Markdown.text(deadline.citation()))
        .append(")\n\n"));
    head.append("| Line | Code | Billed | Paid | QPA | Below QPA by |\n|---|---|---:|---:|---:|---:|\n");
    var rows = claim.lines().stream().sorted(Comparator.comparing(InitialPaymentReview::shortfall).reversed())
        .map(line -> "| " + line.lineNumber() + " | " + Markdown.text(line.serviceCode())
            + " | " + money(line.billedAmount())
            + " | " + money(line.paidOrZero())
            + " | " + (line.qpa() == null ? "missing" : money(line.qpa()))
            + " | " + money(line.gapToQpa()) + " |\n")
        .toList();
    var foot = new StringBuilder();
    foot.append("| **Total** | | **").append(money(claim.totalBilled())).append("** | **")
        .append(money(claim.totalPaid())).append("** | **")
        .append(claim.totalQpa().map(InitialPaymentReview::money).orElse("incomplete")).append("** | |\n\n");
    if (claim.paidBelowQpa()) {
      foot.append("⚠ The payment is below the QPA: accepting it needs a written reason.\n\n");
    }
    if (claim.lines().stream().anyMatch(line -> line.qpa() == null) && claim.initialPayment() != null) {
      foot.append("⚠ The payer did not report a QPA for every line: request it before deciding.\n");
    }
    return Markdown.table(head.toString(), rows, foot.toString(), "lines",
        "the claim in the API (GET /api/claims/" + claim.id() + ")");
  }

  /** What the payer left unpaid of the line's QPA, or of the billed amount when no QPA is known. */
  private static BigDecimal shortfall(ClaimLine line) {
    return (line.qpa() != null ? line.qpa() : line.billedAmount()).subtract(line.paidOrZero());
  }

  static String money(BigDecimal amount) {
    return amount == null ? "" : Words.money(amount);
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
