package org.claimrecovery.demo;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.correspondence.Correspondence;
import org.claimrecovery.correspondence.CorrespondenceEntry;
import org.claimrecovery.demo.DemoMailbox.CaughtLetter;
import org.claimrecovery.refusal.RequestRejected;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Demo only: the e-mail the service sent, per case, as its own SMTP server caught it ({@link DemoMailServer}), with
 * the attached PDFs to download. One plain page rendered here, nothing loaded from elsewhere; read-only. Behind the
 * API's login and its readers' groups (engine/ApiAuthentication, web/ProductApiAccess guard {@code /demo}); in
 * every other profile the path answers 404.
 */
@Profile("demo")
@RestController
@RequestMapping("/demo/mail")
class DemoMailPage {

  static final String PATH = "/demo/mail";
  private static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");
  private static final String STYLE = """
      body{font-family:sans-serif;margin:2em;max-width:70em;color:#222}
      table{border-collapse:collapse;width:100%}
      th,td{border-bottom:1px solid #ccc;padding:.4em;text-align:left;vertical-align:top}
      pre{white-space:pre-wrap;background:#f6f6f6;padding:.5em}
      .quiet{color:#666}""";

  private final ObjectProvider<DemoMailbox> mailbox;
  private final Correspondence correspondence;
  private final ClaimRepository claims;
  private final CaseClock clock;
  private final Environment environment;

  DemoMailPage(ObjectProvider<DemoMailbox> mailbox, Correspondence correspondence, ClaimRepository claims,
      CaseClock clock, Environment environment) {
    this.mailbox = mailbox;
    this.correspondence = correspondence;
    this.claims = claims;
    this.clock = clock;
    this.environment = environment;
  }

  /** The letters of one case, or of none the ledger knows. */
  private record CaseLetters(Optional<Claim> claim, List<CaughtLetter> letters) {}

  @GetMapping
  ResponseEntity<String> page(HttpServletRequest request) {
    var html = new StringBuilder("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Demo mail: Claim Recovery</title>
        <style>%s</style></head><body>
        <h1>Mail the demo sent</h1>
        """.formatted(STYLE));
    DemoMailbox box = mailbox.getIfAvailable();
    if (box == null) {
      html.append("<p>This demo sends e-mail to the mail server it was given, <code>")
          .append(escape(environment.getProperty("spring.mail.host")) + ":"
              + escape(environment.getProperty("spring.mail.port", "25")))
          .append("</code> (<code>spring.mail.host</code>): read it there. The demo catches its own mail, and "
              + "lists it here, only when no <code>spring.mail.host</code> is set.</p>");
      return htmlPage(html.append("</body></html>"));
    }
    html.append("<p class=\"quiet\">Caught by the demo's own SMTP server on <code>").append(escape(box.address()))
        .append("</code> since the service started; nothing here left this machine. Newest first, per case. "
            + "Every letter, also those by mail or fax, is in the case's ledger at "
            + "<code>/api/claims/{id}/correspondence</code>.</p>\n");
    var cases = byCase(box.letters());
    if (cases.isEmpty()) {
      html.append("<p>No mail yet. A case e-mails its open negotiation notice when its negotiation is prepared "
          + "and the payer named an e-mail address: for example upload an itemized bill to DEMO-1007 and complete "
          + "its <em>Prepare negotiation</em> in Tasklist (README, \"What you see after start\").</p>");
    }
    String base = request.getContextPath() + PATH;
    for (var entry : cases.entrySet()) {
      appendCase(html, entry.getKey(), entry.getValue(), base);
    }
    return htmlPage(html.append("</body></html>\n"));
  }

  @GetMapping("/{key}/attachments/{index}")
  ResponseEntity<byte[]> attachment(@PathVariable String key, @PathVariable int index) {
    DemoMailbox box = mailbox.getIfAvailable();
    var letter = box == null ? Optional.<CaughtLetter>empty() : box.letter(key);
    if (letter.isEmpty() || index < 0 || index >= letter.get().attachments().size()) {
      throw RequestRejected.notFound("Attachment " + index + " of mail " + key);
    }
    var attachment = letter.get().attachments().get(index);
    // only a PDF keeps its type; anything else is bytes to save, never a page the browser renders here
    var type = MediaType.APPLICATION_PDF_VALUE.equals(attachment.mediaType()) ? MediaType.APPLICATION_PDF
        : MediaType.APPLICATION_OCTET_STREAM;
    return ResponseEntity.ok()
        .contentType(type)
        .cacheControl(CacheControl.noStore())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(attachment.name()).build().toString())
        .body(attachment.content());
  }

  /** Cases in the order of their newest letter; a bundle's letter under each of its claims. */
  private Map<String, CaseLetters> byCase(List<CaughtLetter> letters) {
    var cases = new LinkedHashMap<String, CaseLetters>();
    for (CaughtLetter letter : letters) {
      List<String> claimIds = ledgerEntry(letter).map(CorrespondenceEntry::claimIds).orElse(List.of());
      if (claimIds.isEmpty()) {
        cases.computeIfAbsent("", none -> new CaseLetters(Optional.empty(), new ArrayList<>())).letters().add(letter);
      }
      for (String claimId : claimIds) {
        cases.computeIfAbsent(claimId, id -> new CaseLetters(claims.findById(id), new ArrayList<>())).letters()
            .add(letter);
      }
    }
    return cases;
  }

  private Optional<CorrespondenceEntry> ledgerEntry(CaughtLetter letter) {
    String id = letter.ledgerId();
    return id == null || id.length() > 36 ? Optional.empty() : correspondence.find(id);
  }

  private void appendCase(StringBuilder html, String claimId, CaseLetters letters, String base) {
    if (letters.claim().isPresent()) {
      var claim = letters.claim().get();
      html.append("<section id=\"").append(escape(claim.id())).append("\"><h2>").append(escape(claim.claimNumber()))
          .append(" · ").append(escape(claim.payer().name())).append("</h2>\n<p class=\"quiet\">Claim <code>")
          .append(escape(claim.id())).append("</code></p>\n");
    } else {
      html.append("<section id=\"").append(claimId.isEmpty() ? "unknown" : escape(claimId))
          .append("\"><h2>Mail of no case in the ledger</h2>\n");
    }
    html.append("<table><thead><tr><th>Sent</th><th>To</th><th>Subject (open for the text)</th><th>Attachments</th>"
        + "</tr></thead><tbody>\n");
    for (CaughtLetter letter : letters.letters()) {
      html.append("<tr><td>").append(sent(letter.sentAt())).append("</td><td>")
          .append(escape(String.join(", ", letter.to()))).append("</td><td><details><summary>")
          .append(escape(letter.subject() == null ? "(no subject)" : letter.subject())).append("</summary><pre>")
          .append(escape(letter.text() == null ? "" : letter.text())).append("</pre></details></td><td>");
      for (int i = 0; i < letter.attachments().size(); i++) {
        var attachment = letter.attachments().get(i);
        html.append("<a href=\"").append(escape(base + "/" + letter.key() + "/attachments/" + i)).append("\">")
            .append(escape(attachment.name())).append("</a> <span class=\"quiet\">")
            .append(Math.max(1, Math.round(attachment.content().length / 1024.0))).append(" KB</span><br>");
      }
      html.append("</td></tr>\n");
    }
    html.append("</tbody></table></section>\n");
  }

  private String sent(Instant sentAt) {
    return sentAt == null ? "" : escape(SENT.format(sentAt.atZone(clock.zone())));
  }

  private static String escape(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }

  /** Patient data: never cached; the page runs no script and loads nothing but itself. */
  private static ResponseEntity<String> htmlPage(StringBuilder html) {
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noStore())
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer")
        .body(html.toString());
  }
}
