package org.claimrecovery.documents;

import java.time.Instant;

/** A document's metadata, as stored and as the API shows it; the content is fetched on its own. */
public record StoredDocument(
    String id,
    String claimId,
    DocumentType type,
    String fileName,
    String mediaType,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    Instant uploadedAt) {}
