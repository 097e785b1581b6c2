package org.claimrecovery.correspondence;

import java.util.List;
import java.util.Objects;

/**
 * A letter to send once: (caseKey, kind, round) names it, so sending it again finds the first one.
 *
 * @param caseKey the claim id, or a negotiation or bundle id
 * @param claimIds every claim the letter covers (at least one)
 * @param round which exchange of the kind this is (0 for the notice, 1, 2, … for counteroffers)
 * @param recipient e-mail address, or postal address / fax number / portal case for a person to dispatch to
 * @param pdf the letter itself (may be null for a plain e-mail)
 * @param deliveryBasis why the recipient may be written to this way, e.g. the payer's own designation of its
 *     e-mail address (45 CFR 149.510(b)(1)(ii)(A)); kept in the ledger with the letter (may be null)
 */
public record OutboundLetter(String caseKey, List<String> claimIds, CorrespondenceKind kind, int round,
    Channel channel, String recipient, String subject, String body, byte[] pdf, String attachmentName,
    String deliveryBasis) {

  /** A letter whose ledger entry records no delivery basis. */
  public OutboundLetter(String caseKey, List<String> claimIds, CorrespondenceKind kind, int round, Channel channel,
      String recipient, String subject, String body, byte[] pdf, String attachmentName) {
    this(caseKey, claimIds, kind, round, channel, recipient, subject, body, pdf, attachmentName, null);
  }

  public OutboundLetter {
    Objects.requireNonNull(caseKey, "caseKey");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(channel, "channel");
    if (claimIds == null || claimIds.isEmpty()) {
      throw new IllegalArgumentException("a letter covers at least one claim");
    }
    if (recipient == null || recipient.isBlank()) {
      throw new IllegalArgumentException("a letter needs a recipient");
    }
    if (round < 0) {
      throw new IllegalArgumentException("round must be 0 or more");
    }
    if ((pdf == null || pdf.length == 0) && (body == null || body.isBlank())) {
      throw new IllegalArgumentException("a letter needs a document or a body");
    }
    claimIds = List.copyOf(claimIds);
    // a line break in a subject would start a header of the e-mail's own
    subject = subject == null ? null : subject.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]+", " ").strip();
  }

  /** case/kind/round: the outbox key that makes sending idempotent. */
  String outboundKey() {
    return caseKey + "/" + kind + "/" + round;
  }
}
