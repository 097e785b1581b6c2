package org.claimrecovery.correspondence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Renders the open negotiation notice to PDF from {@code templates/open-negotiation-notice.html} (see
 * {@link PdfTemplate}: placeholders, the repeated item block, escaping, base fonts).
 */
@Component
public class NoticeRenderer {

  static final String TEMPLATE = "/templates/open-negotiation-notice.html";

  private final PdfTemplate template = PdfTemplate.load(TEMPLATE);

  public byte[] render(OpenNegotiationNotice notice) {
    return template.pdf(html(notice), "open negotiation notice");
  }

  /** The filled-in page, before it becomes a PDF. */
  String html(OpenNegotiationNotice notice) {
    List<Map<String, String>> items = new ArrayList<>();
    int number = 1;
    for (OpenNegotiationNotice.Item item : notice.items()) {
      items.add(item.templateValues(number++));
    }

    var contact = notice.initiatingParty();
    var providers = notice.initiatingProviders();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("initiatingProviders", providers.stream().map(OpenNegotiationNotice.Provider::identified)
        .collect(Collectors.joining("; ")));
    values.put("initiates", providers.size() == 1 ? "initiates" : "each initiate");
    values.put("sentOn", PdfTemplate.date(notice.sentOn()));
    values.put("payerName", notice.payer().name());
    values.put("payerContact", notice.payer().contact());
    values.put("periodEnd", notice.openNegotiationPeriodEnd() == null
        ? "the 30th business day beginning on " + PdfTemplate.date(notice.sentOn())
        : PdfTemplate.date(notice.openNegotiationPeriodEnd()));
    values.put("itemCount", Integer.toString(notice.items().size()));
    values.put("totalOffer", PdfTemplate.money(notice.totalOffer()));
    values.put("contactName", contact.name());
    values.put("contactEmail", contact.email());
    values.put("contactPhone", contact.phone());
    values.put("contactMailingAddress", contact.mailingAddress());
    values.put("signerName", notice.signer().name());
    values.put("signerRole", notice.signer().role());
    return template.html(values, items);
  }
}
