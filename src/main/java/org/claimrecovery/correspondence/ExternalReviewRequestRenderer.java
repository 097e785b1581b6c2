package org.claimrecovery.correspondence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Renders a request for external review to PDF from {@code templates/external-review-request.html}. */
@Component
public class ExternalReviewRequestRenderer {

  static final String TEMPLATE = "/templates/external-review-request.html";

  private final PdfTemplate template = PdfTemplate.load(TEMPLATE);

  public byte[] render(ExternalReviewRequest request) {
    return template.pdf(html(request), "external review request");
  }

  String html(ExternalReviewRequest request) {
    List<Map<String, String>> lines = new ArrayList<>();
    for (AppealLetter.Line line : request.lines()) {
      Map<String, String> values = new LinkedHashMap<>();
      values.put("serviceCode", line.serviceCode());
      values.put("description", line.description() == null ? "" : line.description());
      values.put("billed", PdfTemplate.money(line.billed()));
      values.put("paid", line.paid() == null ? "Nothing paid" : PdfTemplate.money(line.paid()));
      lines.add(values);
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put("writtenOn", PdfTemplate.date(request.writtenOn()));
    values.put("reviewer", request.reviewer());
    values.put("payerName", request.payerName());
    values.put("claimNumber", request.claimNumber());
    values.put("serviceDate", PdfTemplate.date(request.serviceDate()));
    values.put("provider", request.provider().identified());
    values.put("determination", request.determination());
    values.put("finalDetermination", request.finalDetermination());
    values.put("finalDeterminationOn", request.finalDeterminationOn() == null ? "not recorded"
        : PdfTemplate.date(request.finalDeterminationOn()));
    values.put("grounds", request.grounds());
    values.put("enclosures", request.enclosures().isEmpty() ? "None"
        : String.join("\n", request.enclosures().stream().map(enclosure -> "- " + enclosure).toList()));
    values.put("contactName", request.contact().name());
    values.put("contactEmail", request.contact().email());
    values.put("contactPhone", request.contact().phone());
    values.put("contactMailingAddress", request.contact().mailingAddress());
    values.put("signerName", request.signer().name());
    values.put("signerRole", request.signer().role() == null ? "" : request.signer().role());
    return template.html(values, lines);
  }
}
