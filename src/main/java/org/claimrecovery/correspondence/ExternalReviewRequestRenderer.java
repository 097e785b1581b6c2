package org.claimrecovery.correspondence;

import java.util.LinkedHashMap;
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
    values.put("enclosures", PdfTemplate.enclosures(request.enclosures()));
    PdfTemplate.putContactAndSigner(values, request.contact(), request.signer());
    return template.html(values, PdfTemplate.lineRows(request.lines()));
  }
}
