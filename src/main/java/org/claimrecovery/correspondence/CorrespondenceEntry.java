package org.claimrecovery.correspondence;

import java.time.Instant;
import java.util.List;

/** One row of the ledger, as the API lists it (without the document bytes). */
public record CorrespondenceEntry(
    String id,
    String caseKey,
    Direction direction,
    CorrespondenceKind kind,
    int round,
    Channel channel,
    String recipient,
    String subject,
    Instant sentAt,
    Instant receivedAt,
    DeliveryStatus deliveryStatus,
    String sha256,
    String proof,
    String documentName,
    List<String> claimIds,
    Instant createdAt) {}
