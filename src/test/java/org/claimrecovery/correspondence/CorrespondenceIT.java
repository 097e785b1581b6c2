package org.claimrecovery.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimrecovery.support.TestUsers.AUDITOR;
import static org.claimrecovery.support.TestUsers.INTEGRATION;
import static org.claimrecovery.support.TestUsers.SPECIALIST;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.Claims;
import org.claimrecovery.support.IntegrationTest;
import org.claimrecovery.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CorrespondenceIT {

  /** An SMTP server in the test JVM, on the port application-test.yaml points spring.mail at. */
  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final Instant NOW = Instant.parse("2026-06-02T14:00:00Z");
  private static final String PAYER_CONTACT = "negotiations@acme.example";

  @Autowired Correspondence correspondence;
  @Autowired NoticeRenderer renderer;
  @Autowired Api api;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @BeforeEach
  void today() {
    ClockUtil.setCurrentTime(java.util.Date.from(NOW));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anEmailedNoticeArrivesOnceWithThePdfWhoseHashIsInTheLedger() throws Exception {
    String claimId = newClaim("CORR-1");
    byte[] pdf = renderer.render(NoticeRendererTest.notice());

    CorrespondenceEntry sent = correspondence.send(notice(claimId, Channel.EMAIL, PAYER_CONTACT, pdf));

    assertThat(sent.deliveryStatus()).isEqualTo(DeliveryStatus.SENT);
    assertThat(sent.direction()).isEqualTo(Direction.OUTBOUND);
    assertThat(sent.sentAt()).isEqualTo(NOW);
    assertThat(sent.proof()).isEqualTo("<" + sent.id() + "@provider.test>");
    assertThat(sent.sha256()).isEqualTo(Correspondence.sha256(pdf, null)).hasSize(64);
    assertThat(sent.claimIds()).containsExactly(claimId);

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(PAYER_CONTACT);
    assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("negotiations@provider.test");
    assertThat(mail.getReplyTo()).extracting(Object::toString).containsExactly("billing@provider.test");
    assertThat(mail.getSubject()).isEqualTo("Open Negotiation Notice, claim CORR-1");
    assertThat(mail.getMessageID()).isEqualTo(sent.proof());
    byte[] attachment = attachment(mail, "open-negotiation-notice-CORR-1.pdf");
    assertThat(Correspondence.sha256(attachment, null)).isEqualTo(sent.sha256());
    assertThat(NoticeRendererTest.text(attachment)).contains("Open Negotiation Notice", "CLM-1001");

    CorrespondenceEntry again = correspondence.send(notice(claimId, Channel.EMAIL, PAYER_CONTACT, pdf));

    assertThat(again.id()).isEqualTo(sent.id());
    assertThat(again.deliveryStatus()).isEqualTo(DeliveryStatus.SENT);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void aJobThatFailsAfterTheSendIsRetriedWithoutASecondLetter() {
    String claimId = newClaim("CORR-2");
    var letter = notice(claimId, Channel.EMAIL, PAYER_CONTACT, renderer.render(NoticeRendererTest.notice()));

    // the job's transaction: the send succeeds, then something after it fails and everything rolls back
    assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(job -> {
      correspondence.send(letter);
      throw new IllegalStateException("the job fails after the SMTP send");
    })).hasMessage("the job fails after the SMTP send");

    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(status(claimId)).isEqualTo("SENT");

    CorrespondenceEntry retried = correspondence.send(letter);

    assertThat(retried.deliveryStatus()).isEqualTo(DeliveryStatus.SENT);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(correspondence.ofClaim(claimId)).hasSize(1);
  }

  @Test
  void aLetterLeftSendingByAKilledServiceIsNeverSentAgain() {
    String claimId = newClaim("CORR-3");
    var letter = notice(claimId, Channel.EMAIL, PAYER_CONTACT, renderer.render(NoticeRendererTest.notice()));
    // the JVM died between the SMTP hand-off and marking the row SENT: the row says SENDING
    String id = UUID.randomUUID().toString();
    jdbc.sql("""
        INSERT INTO correspondence (id, case_key, direction, kind, round, channel, outbound_key, recipient, subject,
          document, document_name, sha256, delivery_status, created_at)
        VALUES (?, ?, 'OUTBOUND', 'OPEN_NEGOTIATION_NOTICE', 0, 'EMAIL', ?, ?, ?, ?, ?, ?, 'SENDING', ?)
        """)
        .params(id, claimId, letter.outboundKey(), PAYER_CONTACT, letter.subject(), letter.pdf(),
            letter.attachmentName(), Correspondence.sha256(letter.pdf(), null), Timestamp.from(NOW))
        .update();
    jdbc.sql("INSERT INTO correspondence_claim (correspondence_id, claim_id) VALUES (?, ?)").params(id, claimId)
        .update();

    CorrespondenceEntry retried = correspondence.send(letter);

    assertThat(retried.id()).isEqualTo(id);
    assertThat(retried.deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERY_UNCERTAIN);
    assertThat(smtp.getReceivedMessages()).isEmpty();

    assertThat(correspondence.send(letter).deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERY_UNCERTAIN);
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void aMailServerThatIsDownFailsTheSendAndTheRetrySendsIt() {
    String claimId = newClaim("CORR-4");
    var letter = notice(claimId, Channel.EMAIL, PAYER_CONTACT, renderer.render(NoticeRendererTest.notice()));
    smtp.stop();

    assertThatThrownBy(() -> correspondence.send(letter)).isInstanceOf(MailException.class);
    assertThat(status(claimId)).isEqualTo("FAILED");

    smtp.start();
    CorrespondenceEntry retried = correspondence.send(letter);

    assertThat(retried.deliveryStatus()).isEqualTo(DeliveryStatus.SENT);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(correspondence.ofClaim(claimId)).hasSize(1);
  }

  @Test
  void aMailedLetterWaitsInTheOutboxUntilAPersonDispatchesIt() {
    String claimId = newClaim("CORR-5");
    byte[] pdf = renderer.render(NoticeRendererTest.notice());
    var letter = notice(claimId, Channel.MAIL, "Acme Health Plan, PO Box 1, Hartford, CT 06101", pdf);

    CorrespondenceEntry queued = correspondence.send(letter);

    assertThat(queued.deliveryStatus()).isEqualTo(DeliveryStatus.AWAITING_DISPATCH);
    assertThat(queued.sentAt()).isNull();
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(correspondence.send(letter).id()).isEqualTo(queued.id());

    Instant mailedAt = NOW.plusSeconds(3600);
    CorrespondenceEntry dispatched = correspondence.confirmDispatch(queued.id(), mailedAt,
        "USPS 9407 1000 0000 0000 0000 00", SPECIALIST);

    assertThat(dispatched.deliveryStatus()).isEqualTo(DeliveryStatus.DISPATCHED);
    assertThat(dispatched.sentAt()).isEqualTo(mailedAt);
    assertThat(dispatched.proof()).isEqualTo("USPS 9407 1000 0000 0000 0000 00");
    assertThat(correspondence.confirmDispatch(queued.id(), mailedAt, "again", SPECIALIST).proof())
        .isEqualTo("USPS 9407 1000 0000 0000 0000 00");
    assertThat(correspondence.send(letter).deliveryStatus()).isEqualTo(DeliveryStatus.DISPATCHED);
    assertThat(smtp.getReceivedMessages()).isEmpty();

    var emailed = correspondence.send(new OutboundLetter(claimId, List.of(claimId), CorrespondenceKind.FOLLOW_UP, 1,
        Channel.EMAIL, PAYER_CONTACT, "Follow-up", "Any news?", null, null));
    assertThatThrownBy(() -> correspondence.confirmDispatch(emailed.id(), mailedAt, "x", SPECIALIST))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theApiListsEveryExchangeOldestFirstWithTimestampsAndHashes() throws Exception {
    String claimId = newClaim("CORR-6");
    String otherClaimId = newClaim("CORR-7");
    byte[] pdf = renderer.render(NoticeRendererTest.notice());

    // a batched notice covering both claims, by e-mail
    var notice = correspondence.send(new OutboundLetter("bundle-" + claimId, List.of(claimId, otherClaimId),
        CorrespondenceKind.OPEN_NEGOTIATION_NOTICE, 0, Channel.EMAIL, PAYER_CONTACT,
        "Open Negotiation Notice", "Please find our notice attached.", pdf, "notice.pdf"));
    ClockUtil.setCurrentTime(java.util.Date.from(NOW.plusSeconds(86_400)));
    byte[] counteroffer = "%PDF-1.4 payer counteroffer".getBytes(StandardCharsets.US_ASCII);
    var answer = correspondence.recordInbound(new InboundItem(claimId, List.of(claimId),
        CorrespondenceKind.PAYER_COUNTEROFFER, 1, Channel.EMAIL, PAYER_CONTACT, NOW.plusSeconds(80_000),
        "Re: Open Negotiation Notice", "We offer $900.", counteroffer, "counteroffer.pdf"));
    ClockUtil.setCurrentTime(java.util.Date.from(NOW.plusSeconds(2 * 86_400)));
    var counter = correspondence.send(new OutboundLetter(claimId, List.of(claimId), CorrespondenceKind.COUNTEROFFER,
        1, Channel.FAX, "+1 555 010 9999", "Counteroffer", "We accept $1,500.", null, null));

    var listed = api.get(AUDITOR, "/api/claims/" + claimId + "/correspondence");

    assertThat(listed.status()).isEqualTo(200);
    List<JsonNode> entries = new ArrayList<>();
    listed.body().forEach(entries::add);
    assertThat(entries).extracting(e -> e.get("id").asText()).containsExactly(notice.id(), answer.id(), counter.id());

    JsonNode sent = entries.get(0);
    assertThat(sent.get("direction").asText()).isEqualTo("OUTBOUND");
    assertThat(sent.get("kind").asText()).isEqualTo("OPEN_NEGOTIATION_NOTICE");
    assertThat(sent.get("round").asInt()).isZero();
    assertThat(sent.get("channel").asText()).isEqualTo("EMAIL");
    assertThat(sent.get("recipient").asText()).isEqualTo(PAYER_CONTACT);
    assertThat(sent.get("subject").asText()).isEqualTo("Open Negotiation Notice");
    assertThat(Instant.parse(sent.get("sentAt").asText())).isEqualTo(NOW);
    assertThat(sent.get("deliveryStatus").asText()).isEqualTo("SENT");
    assertThat(sent.get("sha256").asText()).isEqualTo(Correspondence.sha256(pdf, null));
    assertThat(sent.get("proof").asText()).isEqualTo(notice.proof());
    assertThat(sent.get("claimIds")).extracting(JsonNode::asText).containsExactlyInAnyOrder(claimId, otherClaimId);

    JsonNode inbound = entries.get(1);
    assertThat(inbound.get("direction").asText()).isEqualTo("INBOUND");
    assertThat(inbound.get("kind").asText()).isEqualTo("PAYER_COUNTEROFFER");
    assertThat(Instant.parse(inbound.get("receivedAt").asText())).isEqualTo(NOW.plusSeconds(80_000));
    assertThat(inbound.get("deliveryStatus").asText()).isEqualTo("RECEIVED");
    assertThat(inbound.get("sha256").asText()).isEqualTo(Correspondence.sha256(counteroffer, null));

    JsonNode faxed = entries.get(2);
    assertThat(faxed.get("deliveryStatus").asText()).isEqualTo("AWAITING_DISPATCH");
    assertThat(faxed.get("sha256").asText()).isEqualTo(Correspondence.sha256(null, "We accept $1,500."));

    // the batched notice is in the other claim's correspondence too
    assertThat(api.get(SPECIALIST, "/api/claims/" + otherClaimId + "/correspondence").body())
        .extracting(e -> e.get("id").asText()).containsExactly(notice.id());

    HttpResponse<byte[]> document = getBytes(AUDITOR,
        "/api/claims/" + claimId + "/correspondence/" + notice.id() + "/document");
    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(document.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(Correspondence.sha256(document.body(), null)).isEqualTo(notice.sha256());

    assertThat(getBytes(AUDITOR, "/api/claims/" + claimId + "/correspondence/" + counter.id() + "/document")
        .statusCode()).isEqualTo(404);
    assertThat(api.get(AUDITOR, "/api/claims/no-such-claim/correspondence").status()).isEqualTo(404);
    assertThat(api.get(null, "/api/claims/" + claimId + "/correspondence").status()).isEqualTo(401);
  }

  private String newClaim(String claimNumber) {
    var created = api.post(INTEGRATION, "/api/claims", Claims.nsaClaim(claimNumber, "2026-06-01"));
    assertThat(created.status()).isIn(200, 201);
    return created.body().get("id").asText();
  }

  private String number(String claimId) {
    return jdbc.sql("SELECT claim_number FROM claim WHERE id = ?").param(claimId).query(String.class).single();
  }

  private OutboundLetter notice(String claimId, Channel channel, String recipient, byte[] pdf) {
    String claimNumber = number(claimId);
    return new OutboundLetter(claimId, List.of(claimId), CorrespondenceKind.OPEN_NEGOTIATION_NOTICE, 0, channel,
        recipient, "Open Negotiation Notice, claim " + claimNumber,
        "Please find attached our open negotiation notice.", pdf, "open-negotiation-notice-" + claimNumber + ".pdf");
  }

  private String status(String claimId) {
    return jdbc.sql("""
        SELECT delivery_status FROM correspondence c JOIN correspondence_claim cc ON cc.correspondence_id = c.id
        WHERE cc.claim_id = ?
        """).param(claimId).query(String.class).single();
  }

  private static byte[] attachment(MimeMessage mail, String fileName) throws Exception {
    var multipart = (MimeMultipart) mail.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      var part = multipart.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && fileName.equals(part.getFileName())) {
        assertThat(part.getContentType()).startsWith("application/pdf");
        return part.getInputStream().readAllBytes();
      }
    }
    throw new AssertionError("no attachment " + fileName);
  }

  private HttpResponse<byte[]> getBytes(String user, String path) throws Exception {
    String credentials = user + ":" + TestUsers.password(user);
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + api.port() + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            credentials.getBytes(StandardCharsets.UTF_8)))
        .GET().build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }
}
