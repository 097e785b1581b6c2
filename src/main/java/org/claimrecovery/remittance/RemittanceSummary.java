package org.claimrecovery.remittance;

import java.util.List;
import java.util.Locale;
import org.claimrecovery.text.Markdown;
import org.claimrecovery.text.Words;

/** An import report as a form shows it: the counts, then each claim with what happened and why, as many as fit. */
public final class RemittanceSummary {

  private RemittanceSummary() {
  }

  /** @param lines the report's claims in file order (the first ones are enough: the table keeps what fits) */
  public static String of(RemittanceReport report, List<ReportLine> lines) {
    String fullReport = "GET /api/remittances/" + report.id();
    String head = "**" + Markdown.text(report.fileName()) + "**: " + report.claimsRead() + " claims read · "
        + report.casesOpened() + " cases opened · " + report.paymentsCorrelated() + " payments correlated · "
        + report.skipped() + " skipped\n\n| claim | segment | paid | what happened |\n|---|---|---|---|\n";
    var rows = lines.stream().map(line -> "| " + Markdown.text(line.claimNumber()) + " | " + line.segmentNumber()
        + " | " + (line.paidAmount() == null ? "" : Markdown.text(Words.money(line.paidAmount()))) + " | "
        + outcome(line.outcome()) + ": " + Markdown.text(line.reason()) + " |\n").toList();
    return Markdown.table(head, rows, "", "claims", fullReport);
  }

  private static String outcome(ReportLine.Outcome outcome) {
    String words = outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return "**" + Character.toUpperCase(words.charAt(0)) + words.substring(1) + "**";
  }
}
