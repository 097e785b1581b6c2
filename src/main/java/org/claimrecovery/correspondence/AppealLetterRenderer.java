package org.claimrecovery.correspondence;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Renders an internal appeal's letter to PDF from {@code templates/appeal-letter.html} (see {@link PdfTemplate}). */
@Component
public class AppealLetterRenderer {

  static final String TEMPLATE = "/templates/appeal-letter.html";

  private final PdfTemplate template = PdfTemplate.load(TEMPLATE);

  public byte[] render(AppealLetter letter) {
    return template.pdf(html(letter), "appeal letter");
  }

  String html(AppealLetter letter) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("level", letter.level() == 1 ? "first-level" : "second-level");
    values.put("writtenOn", PdfTemplate.date(letter.writtenOn()));
    values.put("payerName", letter.payerName());
    values.put("payerContact", letter.payerContact());
    values.put("claimNumber", letter.claimNumber());
    values.put("serviceDate", PdfTemplate.date(letter.serviceDate()));
    values.put("provider", letter.provider().identified());
    values.put("determination", letter.determination());
    values.put("grounds", letter.grounds());
    values.put("evidence", letter.evidence() == null ? "The enclosed documents." : letter.evidence());
    values.put("enclosures", PdfTemplate.enclosures(letter.enclosures()));
    PdfTemplate.putContactAndSigner(values, letter.contact(), letter.signer());
    return template.html(values, PdfTemplate.lineRows(letter.lines()));
  }
}
