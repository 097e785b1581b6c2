package org.claimrecovery.correspondence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Renders a filing with a state's dispute body to PDF from {@code templates/state-dispute-filing.html}. */
@Component
public class StateDisputeFilingRenderer {

  static final String TEMPLATE = "/templates/state-dispute-filing.html";

  private final PdfTemplate template = PdfTemplate.load(TEMPLATE);

  public byte[] render(StateDisputeFiling filing) {
    return template.pdf(html(filing), "state dispute filing");
  }

  String html(StateDisputeFiling filing) {
    List<Map<String, String>> lines = new ArrayList<>();
    for (AppealLetter.Line line : filing.lines()) {
      Map<String, String> values = new LinkedHashMap<>();
      values.put("serviceCode", line.serviceCode());
      values.put("description", line.description() == null ? "" : line.description());
      values.put("billed", PdfTemplate.money(line.billed()));
      values.put("paid", line.paid() == null ? "Nothing paid" : PdfTemplate.money(line.paid()));
      lines.add(values);
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put("writtenOn", PdfTemplate.date(filing.writtenOn()));
    values.put("body", filing.body());
    values.put("process", filing.process());
    values.put("payerName", filing.payerName());
    values.put("claimNumber", filing.claimNumber());
    values.put("serviceDate", PdfTemplate.date(filing.serviceDate()));
    values.put("provider", filing.provider().identified());
    values.put("determination", filing.determination());
    values.put("grounds", filing.grounds());
    values.put("ourAmount", PdfTemplate.money(filing.ourAmount()));
    values.put("enclosures", filing.enclosures().isEmpty() ? "None"
        : String.join("\n", filing.enclosures().stream().map(enclosure -> "- " + enclosure).toList()));
    values.put("contactName", filing.contact().name());
    values.put("contactEmail", filing.contact().email());
    values.put("contactPhone", filing.contact().phone());
    values.put("contactMailingAddress", filing.contact().mailingAddress());
    values.put("signerName", filing.signer().name());
    values.put("signerRole", filing.signer().role() == null ? "" : filing.signer().role());
    return template.html(values, lines);
  }
}
