package org.claimrecovery.correspondence;

import java.util.LinkedHashMap;
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
    values.put("enclosures", PdfTemplate.enclosures(filing.enclosures()));
    PdfTemplate.putContactAndSigner(values, filing.contact(), filing.signer());
    return template.html(values, PdfTemplate.lineRows(filing.lines()));
  }
}
