package org.claimrecovery.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Our request for external review of a final internal adverse determination (45 CFR 147.136(d); 29 CFR
 * 2590.715-2719(d)): who asks for which claim, the determination and the final internal decision with its date, our
 * grounds and the documents enclosed.
 *
 * @param reviewer              the independent review organization or state office staff named, with its address
 * @param determination         the payer's determination as the claim records it
 * @param finalDetermination    the plan's final internal adverse determination (upheld, or exhausted by its silence)
 * @param finalDeterminationOn  the day it was received (or deemed made)
 * @param enclosures            the documents on file that go with the request
 */
public record ExternalReviewRequest(LocalDate writtenOn, String reviewer, String payerName, String claimNumber,
    LocalDate serviceDate, OpenNegotiationNotice.Provider provider, List<AppealLetter.Line> lines,
    String determination, String finalDetermination, LocalDate finalDeterminationOn, String grounds,
    List<String> enclosures, OpenNegotiationNotice.Contact contact, OpenNegotiationNotice.Signer signer) {

  public ExternalReviewRequest {
    Objects.requireNonNull(grounds, "grounds");
    Objects.requireNonNull(reviewer, "reviewer");
    lines = List.copyOf(lines);
    enclosures = List.copyOf(enclosures);
  }
}
