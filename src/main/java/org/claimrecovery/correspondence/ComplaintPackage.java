package org.claimrecovery.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Our complaint to the regulator of a claim's plan (rules/regulators.yaml): the case in brief, what we complain of,
 * what the payer missed, the case's timeline of events and deadlines, and every item of the correspondence ledger
 * with its SHA-256, so the regulator can match each copy enclosed to the record.
 *
 * @param regulator     whom we complain to, and where
 * @param authority     the rules the complaint invokes, with their citation
 * @param plan          the plan type and the state that regulates it, in words
 * @param cause         why the case came to a complaint, in words
 * @param payerMissed   each deadline the payer missed, or amount it has not paid, in a sentence
 * @param timeline      the case's events and deadlines in date order
 * @param letters       the correspondence ledger in the order it happened
 * @param enclosures    the documents on file that go with the complaint
 */
public record ComplaintPackage(LocalDate writtenOn, String regulator, String authority, String payerName,
    String claimNumber, LocalDate serviceDate, OpenNegotiationNotice.Provider provider, String plan,
    List<AppealLetter.Line> lines, String determination, String cause, String grounds, List<String> payerMissed,
    List<TimelineEntry> timeline, List<Letter> letters, List<String> enclosures, OpenNegotiationNotice.Contact contact,
    OpenNegotiationNotice.Signer signer) {

  public ComplaintPackage {
    Objects.requireNonNull(grounds, "grounds");
    Objects.requireNonNull(regulator, "regulator");
    lines = List.copyOf(lines);
    payerMissed = List.copyOf(payerMissed);
    timeline = List.copyOf(timeline);
    letters = List.copyOf(letters);
    enclosures = List.copyOf(enclosures);
  }

  /** A dated fact of the case: an event that happened, or a deadline with its status and citation. */
  public record TimelineEntry(LocalDate on, String what, String detail) {}

  /** One ledger item: when, which way, what, with whom, and its content hash. */
  public record Letter(LocalDate on, String direction, String kind, String party, String sha256) {}
}
