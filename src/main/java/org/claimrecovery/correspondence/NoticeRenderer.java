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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Renders the open negotiation notice to PDF from {@code templates/open-negotiation-notice.html}: an XHTML
 * page with {@code {{placeholders}}} and one block between {@code <!-- each item -->} and
 * {@code <!-- end each item -->} repeated per item. Every value is HTML-escaped; the PDF uses the built-in
 * PDF base fonts, so nothing needs installing.
 */
@Component
public class NoticeRenderer {

  static final String TEMPLATE = "/templates/open-negotiation-notice.html";
  private static final String ITEM_START = "<!-- each item -->";
  private static final String ITEM_END = "<!-- end each item -->";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

  private final String template;

  public NoticeRenderer() {
    try (InputStream in = NoticeRenderer.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + TEMPLATE);
      }
      this.template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    if (!template.contains(ITEM_START) || !template.contains(ITEM_END)) {
      throw new IllegalStateException(TEMPLATE + " needs an item block between " + ITEM_START + " and " + ITEM_END);
    }
  }

  public byte[] render(OpenNegotiationNotice notice) {
    var pdf = new ByteArrayOutputStream();
    try {
      var builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(html(notice), null);
      builder.toStream(pdf);
      builder.run();
    } catch (IOException failed) {
      throw new UncheckedIOException("could not render the open negotiation notice", failed);
    }
    return pdf.toByteArray();
  }

  /** The filled-in page, before it becomes a PDF. */
  String html(OpenNegotiationNotice notice) {
    int start = template.indexOf(ITEM_START);
    int end = template.indexOf(ITEM_END);
    String itemBlock = template.substring(start + ITEM_START.length(), end);

    var items = new StringBuilder();
    int number = 1;
    for (OpenNegotiationNotice.Item item : notice.items()) {
      Map<String, String> values = new LinkedHashMap<>();
      values.put("itemNumber", Integer.toString(number++));
      values.put("claimNumber", item.claimNumber());
      values.put("serviceDate", date(item.serviceDate()));
      values.put("providerName", item.provider().name());
      values.put("providerNpi", item.provider().npi());
      values.put("serviceCode", item.serviceCode());
      values.put("description", item.describedAs());
      values.put("itemType", item.itemType().label());
      values.put("initialPaymentOrDenial", item.initialPaymentAmount() != null
          ? "Initial payment: " + money(item.initialPaymentAmount())
          : "Notice of denial: " + item.denialReason());
      values.put("offer", money(item.offer()));
      items.append(fill(itemBlock, values));
    }

    var contact = notice.initiatingParty();
    var providers = notice.initiatingProviders();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("initiatingProviders", providers.stream().map(NoticeRenderer::named)
        .collect(Collectors.joining("; ")));
    values.put("initiates", providers.size() == 1 ? "initiates" : "each initiate");
    values.put("sentOn", date(notice.sentOn()));
    values.put("payerName", notice.payer().name());
    values.put("payerContact", notice.payer().contact());
    values.put("periodEnd", notice.openNegotiationPeriodEnd() == null
        ? "the 30th business day beginning on " + date(notice.sentOn())
        : date(notice.openNegotiationPeriodEnd()));
    values.put("itemCount", Integer.toString(notice.items().size()));
    values.put("totalOffer", money(notice.totalOffer()));
    values.put("contactName", contact.name());
    values.put("contactEmail", contact.email());
    values.put("contactPhone", contact.phone());
    values.put("contactMailingAddress", contact.mailingAddress());
    values.put("signerName", notice.signer().name());
    values.put("signerRole", notice.signer().role());
    return fill(template.substring(0, start), values) + items + fill(template.substring(end + ITEM_END.length()),
        values);
  }

  private static String fill(String text, Map<String, String> values) {
    Matcher placeholder = PLACEHOLDER.matcher(text);
    var filled = new StringBuilder();
    while (placeholder.find()) {
      String name = placeholder.group(1);
      if (!values.containsKey(name)) {
        throw new IllegalStateException(TEMPLATE + " uses unknown placeholder {{" + name + "}}");
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

  /** "Riverside Emergency Physicians (NPI 1234567893, TIN 12-3456789)". */
  private static String named(OpenNegotiationNotice.Provider provider) {
    String tin = provider.tin();
    if (tin != null && tin.matches("\\d{9}")) {
      tin = tin.substring(0, 2) + "-" + tin.substring(2);
    }
    return provider.name() + " (NPI " + provider.npi() + (tin == null || tin.isBlank() ? "" : ", TIN " + tin) + ")";
  }

  private static String date(LocalDate date) {
    return date.format(DATE);
  }

  private static String money(BigDecimal amount) {
    return NumberFormat.getCurrencyInstance(Locale.US).format(amount);
  }
}
