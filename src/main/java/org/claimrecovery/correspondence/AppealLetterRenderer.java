package org.claimrecovery.correspondence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
    List<Map<String, String>> lines = new ArrayList<>();
    for (AppealLetter.Line line : letter.lines()) {
      Map<String, String> values = new LinkedHashMap<>();
      values.put("serviceCode", line.serviceCode());
      values.put("description", line.description() == null ? "" : line.description());
      values.put("billed", PdfTemplate.money(line.billed()));
      values.put("paid", line.paid() == null ? "Nothing paid" : PdfTemplate.money(line.paid()));
      lines.add(values);
    }
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
    values.put("enclosures", letter.enclosures().isEmpty() ? "None"
        : String.join("\n", letter.enclosures().stream().map(enclosure -> "- " + enclosure).toList()));
    values.put("contactName", letter.contact().name());
    values.put("contactEmail", letter.contact().email());
    values.put("contactPhone", letter.contact().phone());
    values.put("contactMailingAddress", letter.contact().mailingAddress());
    values.put("signerName", letter.signer().name());
    values.put("signerRole", letter.signer().role() == null ? "" : letter.signer().role());
    return template.html(values, lines);
  }
}
