package org.claimrecovery.correspondence;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A notice's page as an XHTML file in {@code templates/}, made into a PDF: {@code {{placeholders}}} are filled
 * and HTML-escaped, and each block between {@code <!-- each NAME -->} and {@code <!-- end each NAME -->} is
 * repeated per row of the list of that name (most pages have one, {@code item}). The PDF uses the built-in PDF base
 * fonts, so nothing needs installing (and templates keep to Latin-1).
 */
final class PdfTemplate {

  private static final Pattern BLOCK = Pattern.compile("<!-- each (\\w+) -->(.*?)<!-- end each \\1 -->",
      Pattern.DOTALL);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

  private final String resource;
  private final String text;

  private PdfTemplate(String resource, String text) {
    this.resource = resource;
    this.text = text;
    if (!BLOCK.matcher(text).find()) {
      throw new IllegalStateException(resource + " needs a block between <!-- each NAME --> and <!-- end each NAME -->");
    }
  }

  /** Loads a template from the class path, e.g. {@code /templates/open-negotiation-notice.html}. */
  static PdfTemplate load(String resource) {
    try (InputStream in = PdfTemplate.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      return new PdfTemplate(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /**
   * The filled-in page: {@code values} outside the item block, one copy of the block per entry of {@code items}.
   *
   * @throws IllegalStateException when the template uses a placeholder it is given no value for
   */
  String html(Map<String, String> values, List<Map<String, String>> items) {
    return html(values, Map.of("item", items));
  }

  /**
   * The filled-in page: {@code values} outside the blocks, one copy of each block per row of its list in
   * {@code blocks}.
   *
   * @throws IllegalStateException when the template uses a placeholder or a block it is given nothing for
   */
  String html(Map<String, String> values, Map<String, List<Map<String, String>>> blocks) {
    Matcher block = BLOCK.matcher(text);
    var page = new StringBuilder();
    int after = 0;
    while (block.find()) {
      page.append(fill(text.substring(after, block.start()), values));
      var rows = blocks.get(block.group(1));
      if (rows == null) {
        throw new IllegalStateException(resource + " has a block " + block.group(1) + " it is given no rows for");
      }
      rows.forEach(row -> page.append(fill(block.group(2), row)));
      after = block.end();
    }
    return page.append(fill(text.substring(after), values)).toString();
  }

  /** The page as a PDF; {@code what} names the document in the error. */
  byte[] pdf(String html, String what) {
    var pdf = new ByteArrayOutputStream();
    try {
      var builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(html, null);
      builder.toStream(pdf);
      builder.run();
    } catch (IOException failed) {
      throw new UncheckedIOException("could not render the " + what, failed);
    }
    return pdf.toByteArray();
  }

  private String fill(String text, Map<String, String> values) {
    Matcher placeholder = PLACEHOLDER.matcher(text);
    var filled = new StringBuilder();
    while (placeholder.find()) {
      String name = placeholder.group(1);
      if (!values.containsKey(name)) {
        throw new IllegalStateException(resource + " uses unknown placeholder {{" + name + "}}");
      }
      placeholder.appendReplacement(filled, Matcher.quoteReplacement(escape(values.get(name))));
    }
    placeholder.appendTail(filled);
    return filled.toString();
  }

  /** Values come from claims and payers: never let them become markup. */
  static String escape(String value) {
    if (value == null || value.isBlank()) {
      return "(not provided)";
    }
    var escaped = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  static String date(LocalDate date) {
    return date.format(DATE);
  }

  static String money(BigDecimal amount) {
    return NumberFormat.getCurrencyInstance(Locale.US).format(amount);
  }

  /** A dispute letter's table of the claim's lines: code, description, billed, paid. */
  static List<Map<String, String>> lineRows(List<AppealLetter.Line> lines) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (AppealLetter.Line line : lines) {
      Map<String, String> values = new LinkedHashMap<>();
      values.put("serviceCode", line.serviceCode());
      values.put("description", line.description() == null ? "" : line.description());
      values.put("billed", money(line.billed()));
      values.put("paid", line.paid() == null ? "Nothing paid" : money(line.paid()));
      rows.add(values);
    }
    return rows;
  }

  /** The documents that go with a letter, one "- " line each; "None" when there are none. */
  static String enclosures(List<String> enclosures) {
    return enclosures.isEmpty() ? "None"
        : String.join("\n", enclosures.stream().map(enclosure -> "- " + enclosure).toList());
  }

  /** How every dispute letter ends: the provider's contact and who signs. */
  static void putContactAndSigner(Map<String, String> values, OpenNegotiationNotice.Contact contact,
      OpenNegotiationNotice.Signer signer) {
    values.put("contactName", contact.name());
    values.put("contactEmail", contact.email());
    values.put("contactPhone", contact.phone());
    values.put("contactMailingAddress", contact.mailingAddress());
    values.put("signerName", signer.name());
    values.put("signerRole", signer.role() == null ? "" : signer.role());
  }
}
