package org.claimrecovery.correspondence;

import java.time.Instant;
import java.util.List;

/**
 * One row of the ledger, as the API lists it (without the document bytes).
 *
 * @param deliveryBasis outbound: why the recipient may be written to on this channel, e.g. the payer's own
 *     designation of its e-mail address (45 CFR 149.510(b)(1)(ii)(A)); null when not recorded
 */
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
    Instant createdAt,
    String deliveryBasis) {

  /** An entry without a recorded delivery basis. */
  public CorrespondenceEntry(String id, String caseKey, Direction direction, CorrespondenceKind kind, int round,
      Channel channel, String recipient, String subject, Instant sentAt, Instant receivedAt,
      DeliveryStatus deliveryStatus, String sha256, String proof, String documentName, List<String> claimIds,
      Instant createdAt) {
    this(id, caseKey, direction, kind, round, channel, recipient, subject, sentAt, receivedAt, deliveryStatus, sha256,
        proof, documentName, claimIds, createdAt, null);
  }
}
