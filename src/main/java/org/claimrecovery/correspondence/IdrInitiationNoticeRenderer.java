package org.claimrecovery.correspondence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Renders the Notice of IDR Initiation to PDF from {@code templates/idr-initiation-notice.html} (see
 * {@link PdfTemplate}: placeholders, the repeated item block, escaping, base fonts).
 */
@Component
public class IdrInitiationNoticeRenderer {

  static final String TEMPLATE = "/templates/idr-initiation-notice.html";

  private final PdfTemplate template = PdfTemplate.load(TEMPLATE);

  public byte[] render(IdrInitiationNotice notice) {
    return template.pdf(html(notice), "notice of IDR initiation");
  }

  /** The filled-in page, before it becomes a PDF. */
  String html(IdrInitiationNotice notice) {
    List<Map<String, String>> items = new ArrayList<>();
    int number = 1;
    for (IdrInitiationNotice.Item item : notice.items()) {
      Map<String, String> values = item.templateValues(number++);
      values.put("providerTin", item.provider().tinAsWritten());
      // a missing QPA is said as such, never left blank or guessed (45 CFR 149.140(d))
      values.put("qpa", item.qpa() != null ? PdfTemplate.money(item.qpa())
          : "Not disclosed by the plan or issuer");
      items.add(values);
    }

    var contact = notice.initiatingParty();
    var providers = notice.initiatingProviders();
    var entity = notice.preferredEntity();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("initiatedOn", PdfTemplate.date(notice.initiatedOn()));
    values.put("disputeNumber", notice.disputeNumber() != null ? notice.disputeNumber()
        : "Not yet assigned (the federal IDR portal assigns it)");
    values.put("payerName", notice.nonInitiatingParty().name());
    values.put("payerContact", notice.nonInitiatingParty().contact());
    values.put("initiatingProviders", providers.stream().map(OpenNegotiationNotice.Provider::identified)
        .collect(Collectors.joining("; ")));
    values.put("initiates", providers.size() == 1 ? "initiates" : "each initiate");
    values.put("contactName", contact.name());
    values.put("contactEmail", contact.email());
    values.put("contactPhone", contact.phone());
    values.put("contactMailingAddress", contact.mailingAddress());
    values.put("openNegotiationNoticeSentOn", PdfTemplate.date(notice.openNegotiationNoticeSentOn()));
    values.put("openNegotiationPeriodEnd", PdfTemplate.date(notice.openNegotiationPeriodEnd()));
    values.put("itemCount", Integer.toString(notice.items().size()));
    values.put("batching", notice.batched() ? "Yes, batched: " + notice.batchingBasis() : "No");
    values.put("preferredEntity", entity == null ? "None preferred"
        : entity.name() + " (certified IDR entity number " + entity.number() + ")");
    values.put("signerName", notice.signer().name());
    values.put("signerRole", notice.signer().role());
    return template.html(values, items);
  }
}
