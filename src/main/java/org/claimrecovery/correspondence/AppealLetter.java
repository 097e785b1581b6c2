package org.claimrecovery.correspondence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The letter of an internal appeal to the payer (29 CFR 2560.503-1(h)(2)): who appeals for which claim, the
 * determination appealed with its reason, our grounds and evidence, and the enclosures.
 *
 * @param determination the payer's determination as the claim records it: a denial with its reason code, or the
 *                      amount it paid
 * @param enclosures    the documents on file that go with the letter, e.g. "Itemized bill (bill.pdf)"
 */
public record AppealLetter(int level, LocalDate writtenOn, String payerName, String payerContact, String claimNumber,
    LocalDate serviceDate, OpenNegotiationNotice.Provider provider, List<Line> lines, String determination,
    String grounds, String evidence, List<String> enclosures, OpenNegotiationNotice.Contact contact,
    OpenNegotiationNotice.Signer signer) {

  public record Line(String serviceCode, String description, BigDecimal billed, BigDecimal paid) {}

  public AppealLetter {
    Objects.requireNonNull(grounds, "grounds");
    lines = List.copyOf(lines);
    enclosures = List.copyOf(enclosures);
  }
}
