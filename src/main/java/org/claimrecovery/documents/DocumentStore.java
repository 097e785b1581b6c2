package org.claimrecovery.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.documents.FileInspection.FileRefused;
import org.claimrecovery.refusal.FieldProblem;
import org.claimrecovery.refusal.Refusal;
import org.claimrecovery.refusal.RequestRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * The documents of a case. Every file is inspected before anything is written, and written in one insert,
 * so a refused file leaves no trace. File names may carry patient names: logs name documents by id only.
 */
@Service
public class DocumentStore {

  private static final Logger log = LoggerFactory.getLogger(DocumentStore.class);

  private final DocumentRepository documents;
  private final ClaimRepository claims;
  private final CaseClock clock;
  private final FileInspection inspection;

  DocumentStore(DocumentRepository documents, ClaimRepository claims, CaseClock clock,
      @Value("${recovery.documents.max-size}") DataSize maxSize) {
    this.documents = documents;
    this.claims = claims;
    this.clock = clock;
    this.inspection = new FileInspection(maxSize);
  }

  public StoredDocument store(String claimId, DocumentType type, String fileName, byte[] content, String uploader) {
    requireClaim(claimId);
    String mediaType;
    try {
      mediaType = inspection.inspect(content);
    } catch (FileRefused refused) {
      log.info("Refused a {} upload of {} bytes for claim {}: {}", type, content == null ? 0 : content.length,
          claimId, refused.refusal());
      throw rejected(refused);
    }
    var document = new StoredDocument(UUID.randomUUID().toString(), claimId, type,
        FileNames.sanitise(fileName, mediaType), mediaType, content.length, sha256(content), uploader,
        // the precision both databases keep, so the answer equals what a later read returns
        clock.now().truncatedTo(ChronoUnit.MICROS));
    documents.insert(document, content);
    log.info("Stored document {} of claim {} ({}, {} bytes)", document.id(), claimId, type, content.length);
    return document;
  }

  /** Metadata only: listing never loads a file. */
  public List<StoredDocument> list(String claimId) {
    requireClaim(claimId);
    return documents.list(claimId);
  }

  public StoredDocument get(String claimId, String documentId) {
    return documents.find(claimId, documentId).orElseThrow(() -> notFound(claimId, documentId));
  }

  public DocumentContent content(String claimId, String documentId) {
    return documents.content(claimId, documentId).orElseThrow(() -> notFound(claimId, documentId));
  }

  private void requireClaim(String claimId) {
    if (claims.findById(claimId).isEmpty()) {
      throw RequestRejected.notFound("Claim " + claimId);
    }
  }

  private static RequestRejected notFound(String claimId, String documentId) {
    return RequestRejected.notFound("Document " + documentId + " of claim " + claimId);
  }

  private static RequestRejected rejected(FileRefused refused) {
    String detail = refused.getMessage();
    return switch (refused.refusal()) {
      case EMPTY -> new RequestRejected(Refusal.INVALID, "Invalid request", detail,
          List.of(new FieldProblem("file", "is empty")));
      case TOO_LARGE -> new RequestRejected(Refusal.TOO_LARGE, "File too large", detail);
      case UNSUPPORTED_TYPE -> new RequestRejected(Refusal.UNSUPPORTED_TYPE, "Unsupported file type", detail);
      case UNUSABLE_PDF -> new RequestRejected(Refusal.UNPROCESSABLE, "Unusable PDF", detail);
    };
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java runtime has SHA-256", impossible);
    }
  }
}
