package org.claimrecovery.correspondence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Something the payer (or an IDR entity) sent us: a counteroffer, an acceptance, a denial, a determination.
 *
 * @param from the sender's address, fax number or name
 * @param body a transcription or call note; may be null when the document says it all
 * @param document the item as received (a scanned letter, the e-mail's PDF); may be null, e.g. for a call
 */
public record InboundItem(String caseKey, List<String> claimIds, CorrespondenceKind kind, int round,
    Channel channel, String from, Instant receivedAt, String subject, String body, byte[] document,
    String documentName) {

  public InboundItem {
    Objects.requireNonNull(caseKey, "caseKey");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(receivedAt, "receivedAt");
    if (claimIds == null || claimIds.isEmpty()) {
      throw new IllegalArgumentException("an inbound item concerns at least one claim");
    }
    if ((document == null || document.length == 0) && (body == null || body.isBlank())
        && (subject == null || subject.isBlank())) {
      throw new IllegalArgumentException("an inbound item needs a document, a body or a subject");
    }
    claimIds = List.copyOf(claimIds);
  }
}
