package org.claimrecovery.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The document table, in plain SQL that runs on H2 and PostgreSQL alike. Metadata and content are read apart. */
@Repository
class DocumentRepository {

  private static final String METADATA = """
      SELECT id, claim_id, document_type, file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at
      FROM claim_document
      """;

  private final JdbcClient jdbc;

  DocumentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(StoredDocument document, byte[] content) {
    jdbc.sql("""
        INSERT INTO claim_document (id, claim_id, document_type, file_name, media_type, size_bytes, sha256,
          content, uploaded_by, uploaded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
        .params(document.id(), document.claimId(), document.type().name(), document.fileName(),
            document.mediaType(), document.sizeBytes(), document.sha256(), content, document.uploadedBy(),
            Timestamp.from(document.uploadedAt()))
        .update();
  }

  List<StoredDocument> list(String claimId) {
    return jdbc.sql(METADATA + " WHERE claim_id = ? ORDER BY uploaded_at, id").param(claimId)
        .query(DocumentRepository::metadataRow).list();
  }

  Optional<StoredDocument> find(String claimId, String documentId) {
    return jdbc.sql(METADATA + " WHERE claim_id = ? AND id = ?").params(claimId, documentId)
        .query(DocumentRepository::metadataRow).optional();
  }

  Optional<DocumentContent> content(String claimId, String documentId) {
    return find(claimId, documentId).map(document -> new DocumentContent(document,
        jdbc.sql("SELECT content FROM claim_document WHERE id = ?").param(documentId)
            .query((rs, n) -> rs.getBytes("content")).single()));
  }

  private static StoredDocument metadataRow(ResultSet rs, int rowNumber) throws SQLException {
    return new StoredDocument(
        rs.getString("id"),
        rs.getString("claim_id"),
        DocumentType.valueOf(rs.getString("document_type")),
        rs.getString("file_name"),
        rs.getString("media_type"),
        rs.getLong("size_bytes"),
        rs.getString("sha256"),
        rs.getString("uploaded_by"),
        rs.getTimestamp("uploaded_at").toInstant());
  }
}
