package org.claimrecovery.correspondence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Our filing with a state's dispute body (rules/state-disputes.yaml): who files for which claim, the state's process,
 * the payer's determination, our grounds and the amount we ask for, and the documents enclosed.
 *
 * @param body          the state's body, with where the filing goes
 * @param process       the state's process in words, with its citation
 * @param determination the payer's payment or denial as the claim records it
 * @param enclosures    the documents on file that go with the filing
 */
public record StateDisputeFiling(LocalDate writtenOn, String body, String process, String payerName,
    String claimNumber, LocalDate serviceDate, OpenNegotiationNotice.Provider provider, List<AppealLetter.Line> lines,
    String determination, String grounds, BigDecimal ourAmount, List<String> enclosures,
    OpenNegotiationNotice.Contact contact, OpenNegotiationNotice.Signer signer) {

  public StateDisputeFiling {
    Objects.requireNonNull(grounds, "grounds");
    Objects.requireNonNull(body, "body");
    lines = List.copyOf(lines);
    enclosures = List.copyOf(enclosures);
  }
}
