package org.claimrecovery.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimrecovery.claims.CaseHeadline;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimStatus;
import org.claimrecovery.claims.Stage;
import org.claimrecovery.deadlines.Deadline;
import org.claimrecovery.deadlines.DeadlineStatus;
import org.claimrecovery.pathway.Pathway;
import org.claimrecovery.pathway.PlanType;
import org.claimrecovery.pathway.ServiceCategory;
import org.claimrecovery.text.Markdown;
import org.junit.jupiter.api.Test;

/** The summaries a review and a missed payment show in Tasklist: claim data as text, within a String variable. */
class InitialPaymentReviewSummaryTest {

  static final String HOSTILE = "<img src=x onerror=alert(1)>";
  static final Optional<Deadline> DUE = Optional.of(new Deadline("OPEN_NEGOTIATION_INITIATION",
      "Send the open negotiation notice", LocalDate.of(2026, 7, 14), "45 CFR 149.510(b)(1)(i)", "PROVIDER", null,
      DeadlineStatus.OPEN, null));

  final InitialPaymentReview review = new InitialPaymentReview(null, null);

  @Test
  void aSmallClaimShowsEveryLineAndTheTotals() {
    String summary = review.summary(claim("Acme Health Plan", lines(2)), DUE);

    assertThat(summary).contains("**Initial payment** $1,000.00 received June 1, 2026",
        "**Due** July 14, 2026: Send the open negotiation notice (45 CFR 149\\.510\\(b\\)\\(1\\)\\(i\\))",
        "| 1 | 99285 | $1,001.00 | $500.00 | $901.00 | $401.00 |",
        "| **Total** | | **$2,003.00** | **$1,000.00** | **$1,803.00** | |",
        "The payment is below the QPA").doesNotContain("more lines");
  }

  @Test
  void everyFormOpensWithTheClaimItsPartiesThePathwayAndTheNextDeadlineInWords() {
    assertThat(CaseHeadline.of(claim("Acme Health Plan", lines(1)), DUE)).isEqualTo(
        "**Claim** CLM\\-1 · **Payer** Acme Health Plan\n\n"
            + "**Provider** Riverside (NPI 1234567893) · **Pathway** " + Pathway.FEDERAL_IDR.description() + "\n\n"
            + "**Next deadline** Send the open negotiation notice\\: by July 14, 2026 "
            + "\\(45 CFR 149\\.510\\(b\\)\\(1\\)\\(i\\)\\), for us to meet\n");
    assertThat(CaseHeadline.of(claim("Acme Health Plan", lines(1)), Optional.empty()))
        .endsWith("**Next deadline** none open\n");
  }

  @Test
  void claimDataIsEscaped() {
    String headline = CaseHeadline.of(claim(HOSTILE, lines(1)), DUE);

    assertThat(headline).contains("**Payer** " + Markdown.text(HOSTILE))
        .contains("**Payer** &lt;img src\\=x onerror\\=alert\\(1\\)&gt;").doesNotContain("<img");
  }

  @Test
  void fiveHundredLinesShowTheLargestGapsAndTheTotalsWithinAStringVariable() {
    // the longest payer name the validator lets in, every character escaped to an entity
    String payer = "'".repeat(200);

    String summary = review.summary(claim(payer, lines(500)), DUE);

    assertThat(summary.length()).isLessThan(4000);
    assertThat(summary).contains(
        "| **Total** | | **$625,250.00** | **$250,000.00** | **$575,250.00** | |");
    // line n is billed 1,000 + n and paid 500 with a QPA of 900 + n: the last lines have the largest gaps
    var shown = summary.lines().filter(line -> line.matches("\\| \\d+ \\| 99285 \\|.*"))
        .map(line -> Integer.parseInt(line.split(" ")[1])).toList();
    assertThat(shown).hasSizeGreaterThan(10);
    assertThat(shown).startsWith(500, 499, 498);
    assertThat(shown).isSortedAccordingTo((a, b) -> b - a);
    assertThat(summary).contains("\nand " + (500 - shown.size())
        + " more lines: the claim in the API (GET /api/claims/c1) lists them all.\n");
    // the table ends with whole rows, then the totals
    assertThat(summary).contains(" |\n| **Total** |");
  }

  @Test
  void linesWithoutAQpaRankByWhatWasBilled() {
    var lines = List.of(
        new Claim.ClaimLine(1, "99284", new BigDecimal("100.00"), new BigDecimal("50.00"), new BigDecimal("90.00")),
        new Claim.ClaimLine(2, "99285", new BigDecimal("5000.00"), new BigDecimal("50.00"), null));

    String summary = review.summary(claim("Acme", lines), DUE);

    assertThat(summary.indexOf("| 2 | 99285 |")).isLessThan(summary.indexOf("| 1 | 99284 |"));
  }

  static List<Claim.ClaimLine> lines(int count) {
    var lines = new ArrayList<Claim.ClaimLine>();
    for (int n = 1; n <= count; n++) {
      lines.add(new Claim.ClaimLine(n, "99285", BigDecimal.valueOf(1000 + n).setScale(2),
          new BigDecimal("500.00"), BigDecimal.valueOf(900 + n).setScale(2)));
    }
    return lines;
  }

  static Claim claim(String payerName, List<Claim.ClaimLine> lines) {
    BigDecimal paid = lines.stream().map(Claim.ClaimLine::paidOrZero).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Claim("c1", "CLM-1", new Claim.Payer("acme", payerName, "claims@acme.example", "PO Box 1"),
        new Claim.Provider("1234567893", "123456789", "Riverside"), null, PlanType.SELF_FUNDED_ERISA, "FL", "FL",
        ServiceCategory.EMERGENCY, false, Claim.Circumstances.NONE_STATED, LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 24), lines,
        new Claim.InitialPayment(LocalDate.of(2026, 6, 1), paid), null,
        new Claim.Classification(true, Pathway.FEDERAL_IDR, null, List.of()), ClaimStatus.OPEN, Stage.INITIAL_PAYMENT_REVIEW, null,
        null, null, null, "test", Instant.parse("2026-06-01T10:00:00Z"));
  }
}
