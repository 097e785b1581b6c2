package org.claimrecovery.correspondence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The correspondence ledger, in plain SQL that runs on H2 and PostgreSQL alike. */
@Repository
class CorrespondenceRepository {

  private static final String ENTRY_COLUMNS = """
      id, case_key, direction, kind, round, channel, recipient, subject, sent_at, received_at, delivery_status,
      sha256, proof, document_name, created_at, delivery_basis""";

  private final JdbcClient jdbc;

  CorrespondenceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record NewItem(String id, String caseKey, List<String> claimIds, Direction direction, CorrespondenceKind kind,
      int round, Channel channel, String outboundKey, String recipient, String subject, String body,
      byte[] document, String documentName, String sha256, DeliveryStatus status, Instant sentAt,
      Instant receivedAt, Instant createdAt, String deliveryBasis) {}

  /** @throws org.springframework.dao.DuplicateKeyException when the outbound key is already in the ledger */
  void insert(NewItem item) {
    jdbc.sql("""
        INSERT INTO correspondence (id, case_key, direction, kind, round, channel, outbound_key, recipient, subject,
          body, document, document_name, sha256, delivery_status, sent_at, received_at, created_at, delivery_basis)
        VALUES (:id, :caseKey, :direction, :kind, :round, :channel, :outboundKey, :recipient, :subject, :body,
          :document, :documentName, :sha256, :status, :sentAt, :receivedAt, :createdAt, :deliveryBasis)
        """)
        .param("id", item.id())
        .param("caseKey", item.caseKey())
        .param("direction", item.direction().name())
        .param("kind", item.kind().name())
        .param("round", item.round())
        .param("channel", item.channel().name())
        .param("outboundKey", item.outboundKey())
        .param("recipient", item.recipient())
        .param("subject", item.subject())
        .param("body", item.body())
        .param("document", item.document())
        .param("documentName", item.documentName())
        .param("sha256", item.sha256())
        .param("status", item.status().name())
        .param("sentAt", timestamp(item.sentAt()))
        .param("receivedAt", timestamp(item.receivedAt()))
        .param("createdAt", timestamp(item.createdAt()))
        .param("deliveryBasis", item.deliveryBasis())
        .update();
    for (String claimId : item.claimIds().stream().distinct().toList()) {
      jdbc.sql("INSERT INTO correspondence_claim (correspondence_id, claim_id) VALUES (?, ?)")
          .params(item.id(), claimId)
          .update();
    }
  }

  Optional<CorrespondenceEntry> findByOutboundKey(String outboundKey) {
    return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM correspondence WHERE outbound_key = ?")
        .param(outboundKey).query(this::entryRow).optional().map(this::withClaims);
  }

  Optional<CorrespondenceEntry> findById(String id) {
    return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM correspondence WHERE id = ?")
        .param(id).query(this::entryRow).optional().map(this::withClaims);
  }

  /** Moves a row from one status to another; false when it was not in {@code from} (someone else moved it). */
  boolean transition(String id, List<DeliveryStatus> from, DeliveryStatus to) {
    return jdbc.sql("UPDATE correspondence SET delivery_status = :to WHERE id = :id AND delivery_status IN (:from)")
        .param("to", to.name())
        .param("id", id)
        .param("from", from.stream().map(Enum::name).toList())
        .update() == 1;
  }

  /**
   * Takes a letter that surely did not leave (FAILED) back to SENDING, with the content of this attempt
   * (e.g. a corrected address, with its basis); false when another attempt took it first.
   */
  boolean retake(String id, String recipient, String deliveryBasis, String subject, String body, byte[] document,
      String documentName, String sha256) {
    return jdbc.sql("""
            UPDATE correspondence SET delivery_status = 'SENDING', recipient = :recipient,
              delivery_basis = :deliveryBasis, subject = :subject, body = :body, document = :document,
              document_name = :documentName, sha256 = :sha256
            WHERE id = :id AND delivery_status IN ('FAILED', 'QUEUED')
            """)
        .param("recipient", recipient)
        .param("deliveryBasis", deliveryBasis)
        .param("subject", subject)
        .param("body", body)
        .param("document", document)
        .param("documentName", documentName)
        .param("sha256", sha256)
        .param("id", id)
        .update() == 1;
  }

  /** The letter left: record when and the proof. Also settles an uncertain row, since now it is certain. */
  boolean markSent(String id, DeliveryStatus status, Instant sentAt, String proof, String dispatchedBy,
      List<DeliveryStatus> from) {
    return jdbc.sql("""
            UPDATE correspondence SET delivery_status = :status, sent_at = :sentAt, proof = :proof,
              dispatched_by = :dispatchedBy
            WHERE id = :id AND delivery_status IN (:from)
            """)
        .param("status", status.name())
        .param("sentAt", timestamp(sentAt))
        .param("proof", proof)
        .param("dispatchedBy", dispatchedBy)
        .param("id", id)
        .param("from", from.stream().map(Enum::name).toList())
        .update() == 1;
  }

  /** Every item of a claim in the order it was recorded (Correspondence lists them by the day each happened). */
  List<CorrespondenceEntry> findByClaim(String claimId) {
    List<CorrespondenceEntry> entries = jdbc.sql("SELECT " + ENTRY_COLUMNS + """
             FROM correspondence
            WHERE id IN (SELECT correspondence_id FROM correspondence_claim WHERE claim_id = ?)
            ORDER BY created_at, recorded_seq
            """)
        .param(claimId).query(this::entryRow).list();
    if (entries.isEmpty()) {
      return entries;
    }
    Map<String, List<String>> claims = new LinkedHashMap<>();
    jdbc.sql("""
            SELECT correspondence_id, claim_id FROM correspondence_claim
            WHERE correspondence_id IN (:ids) ORDER BY claim_id
            """)
        .param("ids", entries.stream().map(CorrespondenceEntry::id).toList())
        .query((ResultSet rs) -> {
          claims.computeIfAbsent(rs.getString("correspondence_id"), id -> new ArrayList<>())
              .add(rs.getString("claim_id"));
        });
    return entries.stream().map(entry -> withClaims(entry, claims.getOrDefault(entry.id(), List.of()))).toList();
  }

  record Document(String name, byte[] content) {}

  /** The document of an item, if the item belongs to the claim and has one. */
  Optional<Document> document(String claimId, String correspondenceId) {
    return jdbc.sql("""
            SELECT document_name, document FROM correspondence c
            WHERE c.id = ? AND c.document IS NOT NULL
              AND EXISTS (SELECT 1 FROM correspondence_claim cc WHERE cc.correspondence_id = c.id AND cc.claim_id = ?)
            """)
        .params(correspondenceId, claimId)
        .query((rs, n) -> new Document(rs.getString("document_name"), rs.getBytes("document")))
        .optional();
  }

  private CorrespondenceEntry withClaims(CorrespondenceEntry entry) {
    return withClaims(entry, jdbc.sql(
            "SELECT claim_id FROM correspondence_claim WHERE correspondence_id = ? ORDER BY claim_id")
        .param(entry.id()).query(String.class).list());
  }

  private static CorrespondenceEntry withClaims(CorrespondenceEntry entry, List<String> claimIds) {
    return new CorrespondenceEntry(entry.id(), entry.caseKey(), entry.direction(), entry.kind(), entry.round(),
        entry.channel(), entry.recipient(), entry.subject(), entry.sentAt(), entry.receivedAt(),
        entry.deliveryStatus(), entry.sha256(), entry.proof(), entry.documentName(), List.copyOf(claimIds),
        entry.createdAt(), entry.deliveryBasis());
  }

  private CorrespondenceEntry entryRow(ResultSet rs, int rowNumber) throws SQLException {
    return new CorrespondenceEntry(
        rs.getString("id"),
        rs.getString("case_key"),
        Direction.valueOf(rs.getString("direction")),
        CorrespondenceKind.valueOf(rs.getString("kind")),
        rs.getInt("round"),
        Channel.valueOf(rs.getString("channel")),
        rs.getString("recipient"),
        rs.getString("subject"),
        instant(rs, "sent_at"),
        instant(rs, "received_at"),
        DeliveryStatus.valueOf(rs.getString("delivery_status")),
        rs.getString("sha256"),
        rs.getString("proof"),
        rs.getString("document_name"),
        List.of(),
        instant(rs, "created_at"),
        rs.getString("delivery_basis"));
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
