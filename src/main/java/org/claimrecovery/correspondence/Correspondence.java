package org.claimrecovery.correspondence;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.claimrecovery.clock.CaseClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends letters once and records every item, outbound and inbound, in the correspondence ledger.
 *
 * <p>A letter is named by (case, kind, round). Its ledger row is written before anything leaves, in a
 * transaction of its own, so it survives whatever the caller's transaction does afterwards (a job that
 * fails and is retried, an engine restart). A retry finds the row and never sends a second letter; if the
 * row says a send was under way when the service died, nobody can know whether the mail server took it,
 * so the letter becomes {@link DeliveryStatus#DELIVERY_UNCERTAIN} for a person to check.
 */
@Service
public class Correspondence {

  private static final Logger log = LoggerFactory.getLogger(Correspondence.class);

  private final CorrespondenceRepository ledger;
  private final JavaMailSender mailSender;
  private final CaseClock clock;
  private final CorrespondenceSettings settings;
  private final ProviderContact provider;
  private final TransactionTemplate ownTransaction;

  Correspondence(CorrespondenceRepository ledger, JavaMailSender mailSender, CaseClock clock,
      CorrespondenceSettings settings, ProviderContact provider, PlatformTransactionManager transactions) {
    this.ledger = ledger;
    this.mailSender = mailSender;
    this.clock = clock;
    this.settings = settings;
    this.provider = provider;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Sends the letter unless the ledger already has it. E-mail goes out now; mail, fax and portal letters
   * become outbox items ({@link DeliveryStatus#AWAITING_DISPATCH}) for a person.
   *
   * @return the ledger entry; its status says what happened (SENT, AWAITING_DISPATCH, or, for a letter
   *     that may have left before a crash, DELIVERY_UNCERTAIN)
   * @throws MailException when the mail server surely did not take the letter: the entry is FAILED and
   *     calling again sends it
   */
  public CorrespondenceEntry send(OutboundLetter letter) {
    if (letter.channel() == Channel.EMAIL) {
      // before the ledger row exists: a configuration error must not leave a letter half-sent
      requireEmailAddress(letter.recipient());
      senderDomain();
    }
    String id = UUID.randomUUID().toString();
    DeliveryStatus first = letter.channel().sentByProduct() ? DeliveryStatus.SENDING
        : DeliveryStatus.AWAITING_DISPATCH;
    try {
      inOwnTransaction(() -> {
        ledger.insert(new CorrespondenceRepository.NewItem(id, letter.caseKey(), letter.claimIds(),
            Direction.OUTBOUND, letter.kind(), letter.round(), letter.channel(), letter.outboundKey(),
            letter.recipient(), letter.subject(), letter.body(), letter.pdf(), documentName(letter),
            sha256(letter.pdf(), letter.body()), first, null, null, clock.now(), letter.deliveryBasis()));
        return null;
      });
    } catch (DuplicateKeyException alreadyInLedger) {
      return resume(letter);
    }
    if (!letter.channel().sentByProduct()) {
      log.info("Correspondence {} {} round {} of case {} awaits dispatch by {}", id, letter.kind(), letter.round(),
          letter.caseKey(), letter.channel());
      return entry(id);
    }
    return email(id, letter);
  }

  /** A retry: the ledger knows this letter already. */
  private CorrespondenceEntry resume(OutboundLetter letter) {
    CorrespondenceEntry existing = ledger.findByOutboundKey(letter.outboundKey())
        .orElseThrow(() -> new IllegalStateException("ledger refused " + letter.outboundKey() + " but has no row"));
    switch (existing.deliveryStatus()) {
      case SENDING -> {
        // a send was under way and its outcome never recorded: the service died between the SMTP hand-off
        // and the marking, or another node is sending right now. Either way, never a second letter.
        inOwnTransaction(() -> ledger.transition(existing.id(), List.of(DeliveryStatus.SENDING),
            DeliveryStatus.DELIVERY_UNCERTAIN));
        log.warn("Correspondence {} of case {} may have been sent before a failure: marked DELIVERY_UNCERTAIN "
            + "for a person to check, not sent again", existing.id(), letter.caseKey());
        return entry(existing.id());
      }
      case FAILED, QUEUED -> {
        boolean taken = inOwnTransaction(() -> ledger.retake(existing.id(), letter.recipient(),
            letter.deliveryBasis(), letter.subject(), letter.body(), letter.pdf(), documentName(letter),
            sha256(letter.pdf(), letter.body())));
        // someone else took it between our read and our update: their outcome is the outcome
        return taken ? email(existing.id(), letter) : entry(existing.id());
      }
      default -> {
        return existing;
      }
    }
  }

  private CorrespondenceEntry email(String id, OutboundLetter letter) {
    String messageId = "<" + id + "@" + senderDomain() + ">";
    try {
      mailSender.send(message -> {
        boolean withAttachment = letter.pdf() != null && letter.pdf().length > 0;
        var mail = new MimeMessageHelper(message, withAttachment, StandardCharsets.UTF_8.name());
        mail.setFrom(sender());
        if (provider.email() != null && !provider.email().isBlank()) {
          mail.setReplyTo(provider.email());
        }
        mail.setTo(letter.recipient());
        mail.setSubject(letter.subject() == null ? "" : letter.subject());
        mail.setText(letter.body() == null ? "" : letter.body());
        mail.setSentDate(Date.from(clock.now()));
        if (withAttachment) {
          mail.addAttachment(documentName(letter), new ByteArrayResource(letter.pdf()), "application/pdf");
        }
        // stable across attempts, so the mail server's log and the ledger name the same message
        message.setHeader("Message-ID", messageId);
      });
    } catch (MailException failure) {
      if (SmtpHandOff.surelyDidNotHappen(failure)) {
        inOwnTransaction(() -> ledger.transition(id, List.of(DeliveryStatus.SENDING), DeliveryStatus.FAILED));
        log.warn("Correspondence {} of case {} was not taken by the mail server; a retry sends it", id,
            letter.caseKey());
        throw failure;
      }
      inOwnTransaction(() -> ledger.transition(id, List.of(DeliveryStatus.SENDING),
          DeliveryStatus.DELIVERY_UNCERTAIN));
      log.warn("Correspondence {} of case {} failed during or after the SMTP hand-off: DELIVERY_UNCERTAIN, "
          + "a person checks", id, letter.caseKey(), failure);
      return entry(id);
    }
    Instant sentAt = clock.now();
    // also from DELIVERY_UNCERTAIN: a concurrent retry may have flagged it, but now we know it left
    inOwnTransaction(() -> ledger.markSent(id, DeliveryStatus.SENT, sentAt, messageId, null,
        List.of(DeliveryStatus.SENDING, DeliveryStatus.DELIVERY_UNCERTAIN)));
    log.info("Correspondence {} {} round {} of case {} sent by e-mail", id, letter.kind(), letter.round(),
        letter.caseKey());
    return entry(id);
  }

  /**
   * A person mailed, faxed or uploaded an outbox item. Confirming again returns the entry unchanged.
   *
   * @param proof e.g. the certified mail tracking number, the fax transmission report id, the portal receipt
   */
  public CorrespondenceEntry confirmDispatch(String id, Instant dispatchedAt, String proof, String user) {
    if (proof == null || proof.isBlank()) {
      throw new IllegalArgumentException("a dispatch needs its proof (tracking number, transmission report, receipt)");
    }
    boolean confirmed = inOwnTransaction(() -> ledger.markSent(id, DeliveryStatus.DISPATCHED, dispatchedAt, proof,
        user, List.of(DeliveryStatus.AWAITING_DISPATCH)));
    CorrespondenceEntry entry = entry(id);
    if (!confirmed && entry.deliveryStatus() != DeliveryStatus.DISPATCHED) {
      throw new IllegalStateException("correspondence " + id + " is " + entry.deliveryStatus()
          + ", not an outbox item awaiting dispatch");
    }
    return entry;
  }

  /** Records what the payer (or an IDR entity) sent. */
  public CorrespondenceEntry recordInbound(InboundItem item) {
    String id = UUID.randomUUID().toString();
    String hashed = item.body() != null && !item.body().isBlank() ? item.body() : item.subject();
    inOwnTransaction(() -> {
      ledger.insert(new CorrespondenceRepository.NewItem(id, item.caseKey(), item.claimIds(), Direction.INBOUND,
          item.kind(), item.round(), item.channel(), null, item.from(), item.subject(), item.body(),
          item.document(), item.documentName(), sha256(item.document(), hashed), DeliveryStatus.RECEIVED, null,
          item.receivedAt(), clock.now(), null));
      return null;
    });
    return entry(id);
  }

  /** Every item of the claim in the order it happened ({@link #inTheOrderTheyHappened}). */
  public List<CorrespondenceEntry> ofClaim(String claimId) {
    return ledger.findByClaim(claimId).stream().sorted(inTheOrderTheyHappened(clock.zone())).toList();
  }

  /**
   * By the day an item happened, in the provider's time zone: sent or received, or for a letter still in the outbox
   * the day it was created; within a day by when it was recorded. A received item (and a letter's dispatch) is known
   * only by its day, so its time of day cannot order it: a payer's answer recorded after the notice it answers comes
   * after it, even when the notice left later that day. Items recorded at the same moment keep the ledger's order
   * (the sort is stable).
   */
  static Comparator<CorrespondenceEntry> inTheOrderTheyHappened(ZoneId zone) {
    return Comparator.comparing((CorrespondenceEntry entry) -> LocalDate.ofInstant(happenedAt(entry), zone))
        .thenComparing(CorrespondenceEntry::createdAt);
  }

  private static Instant happenedAt(CorrespondenceEntry entry) {
    return entry.sentAt() != null ? entry.sentAt()
        : entry.receivedAt() != null ? entry.receivedAt() : entry.createdAt();
  }

  /** The ledger's entry by its id; an e-mail's Message-ID carries it ({@code <id@sender domain>}). */
  public Optional<CorrespondenceEntry> find(String id) {
    return ledger.findById(id);
  }

  /** SHA-256 of the document, or of the text when there is no document; lowercase hex. */
  static String sha256(byte[] document, String text) {
    byte[] content = document != null && document.length > 0 ? document
        : (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java runtime has SHA-256", impossible);
    }
  }

  private CorrespondenceEntry entry(String id) {
    return ledger.findById(id).orElseThrow(() -> new IllegalArgumentException("no correspondence " + id));
  }

  private <T> T inOwnTransaction(Supplier<T> work) {
    return ownTransaction.execute(status -> work.get());
  }

  private static String documentName(OutboundLetter letter) {
    if (letter.pdf() == null || letter.pdf().length == 0) {
      return null;
    }
    return letter.attachmentName() == null || letter.attachmentName().isBlank()
        ? letter.kind().name().toLowerCase().replace('_', '-') + ".pdf"
        : letter.attachmentName();
  }

  private String sender() {
    if (settings.from() == null || settings.from().isBlank()) {
      throw new IllegalStateException("recovery.correspondence.from is not configured: no sender for e-mail");
    }
    return settings.from();
  }

  private String senderDomain() {
    String from = sender();
    try {
      String address = new InternetAddress(from).getAddress();
      return address.substring(address.indexOf('@') + 1);
    } catch (AddressException invalid) {
      throw new IllegalStateException("recovery.correspondence.from is not an e-mail address");
    }
  }

  private static void requireEmailAddress(String recipient) {
    try {
      new InternetAddress(recipient, true);
    } catch (AddressException invalid) {
      throw new IllegalArgumentException("recipient is not an e-mail address: " + recipient);
    }
  }
}
