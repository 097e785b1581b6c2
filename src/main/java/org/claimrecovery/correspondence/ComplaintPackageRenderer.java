package org.claimrecovery.correspondence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Renders a complaint to a regulator to PDF from {@code templates/regulator-complaint.html}. */
@Component
public class ComplaintPackageRenderer {

  static final String TEMPLATE = "/templates/regulator-complaint.html";

  private final PdfTemplate template = PdfTemplate.load(TEMPLATE);

  public byte[] render(ComplaintPackage complaint) {
    return template.pdf(html(complaint), "regulator complaint");
  }

  String html(ComplaintPackage complaint) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("writtenOn", PdfTemplate.date(complaint.writtenOn()));
    values.put("regulator", complaint.regulator());
    values.put("authority", complaint.authority());
    values.put("payerName", complaint.payerName());
    values.put("claimNumber", complaint.claimNumber());
    values.put("serviceDate", PdfTemplate.date(complaint.serviceDate()));
    values.put("provider", complaint.provider().identified());
    values.put("plan", complaint.plan());
    values.put("determination", complaint.determination());
    values.put("cause", complaint.cause());
    values.put("grounds", complaint.grounds());
    values.put("payerMissed", complaint.payerMissed().isEmpty() ? "No deadline of the payer's is recorded as missed."
        : String.join("\n", complaint.payerMissed().stream().map(missed -> "- " + missed).toList()));
    values.put("enclosures", PdfTemplate.enclosures(complaint.enclosures()));
    PdfTemplate.putContactAndSigner(values, complaint.contact(), complaint.signer());
    List<Map<String, String>> events = complaint.timeline().stream().map(entry -> Map.of(
        "eventOn", PdfTemplate.date(entry.on()), "eventWhat", entry.what(), "eventDetail", entry.detail())).toList();
    List<Map<String, String>> letters = complaint.letters().stream().map(letter -> Map.of(
        "letterOn", letter.on() == null ? "not sent" : PdfTemplate.date(letter.on()),
        "letterDirection", letter.direction(), "letterKind", letter.kind(), "letterParty", letter.party(),
        "letterHash", letter.sha256())).toList();
    return template.html(values, Map.of("item", PdfTemplate.lineRows(complaint.lines()), "event", events,
        "letter", letters));
  }
}
