package org.claimrecovery.demo;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The mail the demo's own SMTP server caught since the service started (it keeps it in memory, like a test
 * server). Each letter is named by a key derived from its Message-ID, stable while the service runs.
 */
class DemoMailbox {

  private final GreenMail server;
  private final String address;

  DemoMailbox(GreenMail server, String address) {
    this.server = server;
    this.address = address;
  }

  /** One caught message. {@code ledgerId}: the correspondence ledger's id the service put in its Message-ID. */
  record CaughtLetter(String key, String ledgerId, List<String> to, String subject, Instant sentAt, String text,
      List<Attachment> attachments) {}

  record Attachment(String name, String mediaType, byte[] content) {}

  /** host:port the server listens on. */
  String address() {
    return address;
  }

  /** Newest first; a message to several recipients once. */
  List<CaughtLetter> letters() {
    var byKey = new LinkedHashMap<String, CaughtLetter>();
    for (MimeMessage message : server.getReceivedMessages()) {
      var letter = read(message);
      byKey.putIfAbsent(letter.key(), letter);
    }
    var letters = new ArrayList<>(byKey.values());
    letters.sort(Comparator.comparing(CaughtLetter::sentAt, Comparator.nullsFirst(Comparator.naturalOrder()))
        .reversed());
    return letters;
  }

  Optional<CaughtLetter> letter(String key) {
    return letters().stream().filter(letter -> letter.key().equals(key)).findFirst();
  }

  private static CaughtLetter read(MimeMessage message) {
    try {
      String messageId = message.getMessageID();
      var parts = new Parts();
      parts.walk(message);
      var sent = message.getSentDate() != null ? message.getSentDate() : message.getReceivedDate();
      return new CaughtLetter(key(message, messageId), ledgerId(messageId), addresses(message), message.getSubject(),
          sent == null ? null : sent.toInstant(), parts.text, List.copyOf(parts.attachments));
    } catch (MessagingException | IOException unreadable) {
      throw new IllegalStateException("the demo's SMTP server holds a message it cannot read", unreadable);
    }
  }

  private static List<String> addresses(MimeMessage message) throws MessagingException {
    Address[] to = message.getRecipients(RecipientType.TO);
    return to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList();
  }

  /** The service's Message-IDs are {@code <ledger id@sender domain>}. */
  private static String ledgerId(String messageId) {
    if (messageId == null || !messageId.startsWith("<") || messageId.indexOf('@') < 2) {
      return null;
    }
    return messageId.substring(1, messageId.indexOf('@'));
  }

  /** URL-safe and stable: a digest of the Message-ID, or of the whole message when it has none. */
  private static String key(MimeMessage message, String messageId) throws MessagingException, IOException {
    byte[] named;
    if (messageId != null) {
      named = messageId.getBytes(StandardCharsets.UTF_8);
    } else {
      var raw = new ByteArrayOutputStream();
      message.writeTo(raw);
      named = raw.toByteArray();
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(named), 0, 16);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java runtime has SHA-256", impossible);
    }
  }

  /** The first plain text part is the letter's text; every part with a file name is an attachment. */
  private static final class Parts {

    String text;
    final List<Attachment> attachments = new ArrayList<>();

    void walk(Part part) throws MessagingException, IOException {
      if (part.isMimeType("multipart/*")) {
        var multipart = (Multipart) part.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
          walk(multipart.getBodyPart(i));
        }
      } else if (part.getFileName() != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        try (var content = part.getInputStream()) {
          attachments.add(new Attachment(part.getFileName() == null ? "attachment" : part.getFileName(),
              new ContentType(part.getContentType()).getBaseType().toLowerCase(), content.readAllBytes()));
        }
      } else if (text == null && part.isMimeType("text/plain")) {
        text = String.valueOf(part.getContent());
      }
    }
  }
}
