package org.claimrecovery.audit;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.claimrecovery.audit.CaseHistory.Value;

/**
 * The case file for people: the same facts as the JSON, as a paginated PDF with a generated-on line, and the
 * checksum on every page so a printout can be matched to the system. Built-in PDF fonts (nothing to install), so
 * text is kept to Latin-1.
 */
final class CaseFilePdf {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.US);

  private final ZoneId zone;
  private final StringBuilder html = new StringBuilder();

  private CaseFilePdf(ZoneId zone) {
    this.zone = zone;
  }

  static byte[] render(CaseFile file, ZoneId zone) {
    return new CaseFilePdf(zone).pdf(file);
  }

  private byte[] pdf(CaseFile file) {
    var facts = file.facts();
    var claim = facts.claim();
    html.append("<html><head><style>")
        .append("@page { size: letter landscape; margin: 16mm 12mm 18mm 12mm;")
        .append(" @top-left { content: 'Case file ").append(css(claim.claimNumber())).append("'; font-size: 8pt; color: #555 }")
        .append(" @bottom-left { content: 'SHA-256 ").append(file.checksum()).append("'; font-size: 6.5pt; color: #555 }")
        .append(" @bottom-right { content: 'Page ' counter(page) ' of ' counter(pages); font-size: 8pt } }")
        .append("body { font-family: Helvetica, sans-serif; font-size: 9pt }")
        .append("h1 { font-size: 15pt } h2 { font-size: 12pt; margin-top: 14pt; border-bottom: 1px solid #999 }")
        .append("h3 { font-size: 10pt; margin-bottom: 2pt }")
        .append("table { border-collapse: collapse; width: 100%; -fs-table-paginate: paginate }")
        .append("th, td { border: 1px solid #ccc; padding: 2pt 3pt; text-align: left; vertical-align: top;")
        .append(" }")
        .append("td.hash { font-size: 6.5pt; font-family: Courier, monospace }")
        .append("th { background: #eee } thead { display: table-header-group } tr { page-break-inside: avoid }")
        .append(".quiet { color: #555 }")
        .append("</style></head><body>");
    html.append("<h1>Case file: claim ").append(text(claim.claimNumber())).append("</h1>");
    html.append("<p>Generated on ").append(when(file.generatedAt())).append(" for ").append(text(file.generatedBy()))
        .append(". Case ").append(text(file.claimId())).append(".<br/>Checksum (").append(file.checksumAlgorithm())
        .append(" of the facts as canonical JSON, as in audit.json): <b>").append(file.checksum()).append("</b></p>");

    section("Claim");
    table(List.of("Payer", "Provider", "Plan", "Service", "Pathway", "Status", "Stage"), List.of(List.of(
        claim.payer().name() + " (" + claim.payer().id() + ")",
        claim.provider().name() + ", NPI " + claim.provider().npi() + ", TIN " + claim.provider().tin(),
        claim.planType() + " (" + claim.planState() + ")",
        claim.serviceCategory() + " on " + claim.serviceDate() + " in " + claim.serviceState(),
        String.valueOf(claim.pathway()), String.valueOf(claim.status()), String.valueOf(claim.stage()))));
    table(List.of("Line", "Code", "Description", "Billed", "Paid", "QPA"), claim.lines().stream()
        .map(line -> List.of(String.valueOf(line.lineNumber()), line.serviceCode(), nz(line.description()),
            money(line.billedAmount()), money(line.paidAmount()), money(line.qpa()))).toList());
    if (claim.initialPayment() != null) {
      html.append("<p>Initial payment ").append(money(claim.initialPayment().amount())).append(" received on ")
          .append(claim.initialPayment().receivedOn()).append(".</p>");
    }
    if (claim.denial() != null) {
      html.append("<p>Denied on ").append(claim.denial().receivedOn()).append(", reason ")
          .append(text(claim.denial().reasonCode())).append(": ").append(text(claim.denial().description()))
          .append(".</p>");
    }

    section("Outcome");
    var outcome = facts.outcome();
    var outcomeRow = new java.util.ArrayList<String>(List.of(outcome.status(), nz(outcome.outcome()),
        when(outcome.closedAt())));
    outcomeRow.add(outcome.dispute() == null ? "" : outcome.dispute().mechanism() + " " + outcome.dispute().result()
        + (outcome.dispute().amount() == null ? "" : " " + money(outcome.dispute().amount()))
        + (outcome.dispute().decidedOn() == null ? "" : " on " + outcome.dispute().decidedOn()));
    outcomeRow.add(outcome.owedBy() == null ? "" : outcome.owedBy() + " " + money(outcome.amountOwed()) + " due "
        + outcome.paymentDueOn());
    outcomeRow.add(money(outcome.paidAmount()));
    outcomeRow.add(money(outcome.recoveredAmount()));
    table(List.of("Status", "Outcome", "Closed", "Dispute", "Owed", "Paid", "Recovered above initial payment"),
        List.of(outcomeRow));

    section("Processes and activities");
    for (var process : facts.processes()) {
      html.append("<h3>").append(text(nz(process.definitionName(), process.definitionKey()))).append(" (")
          .append(text(process.definitionKey())).append(" v").append(process.version()).append(")</h3>")
          .append("<p class='quiet'>").append(process.id()).append(process.calledBy() == null ? ""
              : ", called by " + process.calledBy()).append(". ").append(process.state()).append(", ")
          .append(when(process.startedAt())).append(" to ").append(when(process.endedAt())).append("</p>");
      table(List.of("Activity", "Type", "Started", "Ended", "Assignee"), process.activities().stream()
          .map(activity -> List.of(nz(activity.name(), activity.activityId()), activity.type(),
              when(activity.startedAt()), when(activity.endedAt()) + (activity.canceled() ? " (cancelled)" : ""),
              nz(activity.assignee()))).toList());
    }

    section("Tasks: who held them, who completed them, what they submitted");
    table(List.of("Task", "Created", "Due", "Ended", "Assignee", "Completed by", "Submitted"), facts.tasks().stream()
        .map(task -> List.of(task.name(), when(task.createdAt()), when(task.dueAt()),
            when(task.endedAt()) + (task.endReason() == null || "completed".equals(task.endReason()) ? ""
                : " (" + task.endReason() + ")"),
            nz(task.assignee()), task.completedBy() != null ? task.completedBy()
                : task.endedAt() == null ? "" : "not recorded", values(task.submitted()))).toList());

    section("Decisions evaluated");
    table(List.of("Decision", "Evaluated", "Inputs", "Result"), facts.decisions().stream()
        .map(decision -> List.of(nz(decision.decisionName(), decision.decisionKey()) + " (" + decision.decisionKey() + ")",
            when(decision.evaluatedAt()),
            values(decision.inputs()), values(decision.outputs()))).toList());

    section("Deadlines");
    table(List.of("Deadline", "Due", "Binds", "Status", "Met on", "Rule and citation"), facts.deadlines().stream()
        .map(deadline -> List.of(deadline.title() + " (" + deadline.code() + ")", String.valueOf(deadline.dueOn()),
            nz(deadline.binds()), deadline.status() + (deadline.statusReason() == null ? ""
                : ": " + deadline.statusReason()), deadline.metOn() == null ? "" : deadline.metOn().toString(),
            nz(deadline.citation()) + (deadline.ruleSet() == null ? "" : " [" + deadline.ruleSet() + "]"))).toList());

    section("Correspondence");
    table(List.of("Direction", "Kind", "Channel", "Recipient", "Sent / received", "Status", "SHA-256"),
        facts.correspondence().stream().map(entry -> List.of(String.valueOf(entry.direction()),
            entry.kind() + (entry.round() > 0 ? " round " + entry.round() : ""), String.valueOf(entry.channel()),
            nz(entry.recipient()), when(entry.sentAt() != null ? entry.sentAt() : entry.receivedAt()),
            String.valueOf(entry.deliveryStatus()), nz(entry.sha256()))).toList());

    section("Documents");
    table(List.of("Type", "File", "Size", "Uploaded", "By", "SHA-256"), facts.documents().stream()
        .map(document -> List.of(String.valueOf(document.type()), document.fileName(), document.sizeBytes() + " bytes",
            when(document.uploadedAt()), document.uploadedBy(), document.sha256())).toList());

    section("Changes through the engine (user operation log)");
    table(List.of("When", "Who", "Operation", "On", "Property", "From", "To"), facts.operations().stream()
        .map(operation -> List.of(when(operation.at()), nz(operation.userId()), operation.operation(),
            nz(operation.entityType()), nz(operation.property()), nz(operation.oldValue()),
            nz(operation.newValue()))).toList());

    section("Readings of this case file");
    table(List.of("Read by", "When", "As"), file.readings().stream()
        .map(reading -> List.of(reading.readBy(), when(reading.readAt()), reading.format())).toList());

    html.append("</body></html>");
    return render(html.toString());
  }

  private void section(String title) {
    html.append("<h2>").append(text(title)).append("</h2>");
  }

  private void table(List<String> headers, List<List<String>> rows) {
    if (rows.isEmpty()) {
      html.append("<p class='quiet'>None recorded.</p>");
      return;
    }
    html.append("<table><thead><tr>");
    headers.forEach(header -> html.append("<th>").append(text(header)).append("</th>"));
    html.append("</tr></thead><tbody>");
    for (var row : rows) {
      html.append("<tr>");
      // a SHA-256 in a smaller typewriter face, so it fits its column whole
      row.forEach(cell -> html.append(cell != null && cell.matches("[0-9a-f]{64}") ? "<td class='hash'>" : "<td>")
          .append(text(cell)).append("</td>"));
      html.append("</tr>");
    }
    html.append("</tbody></table>");
  }

  private static String values(List<Value> values) {
    return values.stream().map(value -> value.name() + " = " + value.value()).collect(Collectors.joining("; "));
  }

  private String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant.atZone(zone));
  }

  private static String money(BigDecimal amount) {
    return amount == null ? "" : "$" + amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  private static String nz(String value) {
    return value == null ? "" : value;
  }

  private static String nz(String value, String otherwise) {
    return value == null || value.isBlank() ? nz(otherwise) : value;
  }

  /** Text as XHTML, kept to what the built-in fonts draw; long unbroken values (hashes, ids) may wrap. */
  static String text(String value) {
    if (value == null) {
      return "";
    }
    var out = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\u2014', '\u2013' -> out.append('-');
        case '\u201c', '\u201d' -> out.append("&quot;");
        case '\u2018', '\u2019' -> out.append("&#39;");
        default -> {
          if (c < 32 && c != '\n' && c != '\t') {
            out.append(' ');
          } else if (c > 255) {
            out.append('?');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** A value inside a CSS string of a page margin box. */
  private static String css(String value) {
    return text(value).replace("\\", "").replace("&#39;", "");
  }

  private static byte[] render(String page) {
    var pdf = new ByteArrayOutputStream();
    try {
      var builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(page, null);
      builder.toStream(pdf);
      builder.run();
    } catch (IOException failed) {
      throw new UncheckedIOException("could not render the case file", failed);
    }
    return pdf.toByteArray();
  }
}
