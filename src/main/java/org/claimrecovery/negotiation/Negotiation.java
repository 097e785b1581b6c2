package org.claimrecovery.negotiation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One claim's negotiation with the payer, as stored and as the API shows it. */
public record Negotiation(
    String id,
    String claimId,
    NegotiationStatus status,
    BigDecimal targetAmount,
    List<JustificationGround> justificationGrounds,
    String justification,
    String channel,
    String noticeCorrespondenceId,
    LocalDate openedOn,
    BigDecimal agreedAmount,
    LocalDate settledOn,
    String outcomeReason,
    String bundleId,
    List<Round> rounds) {

  public enum Party { PROVIDER, PAYER }

  public enum Kind { OFFER, COUNTEROFFER, ACCEPTED, REJECTED }

  /**
   * Round 0 is the notice's offer; every later letter or answer is the next round.
   *
   * @param enteredBy who entered it: the user whose preparation set our offer, who decided on a counteroffer, who
   *                  recorded the payer's answer (or the API caller that reported it); null for rounds from before it
   *                  was recorded
   */
  public record Round(int round, Party party, Kind kind, BigDecimal amount, LocalDate on, String note,
      String enteredBy) {

    /** A round whose author is not known. */
    public Round(int round, Party party, Kind kind, BigDecimal amount, LocalDate on, String note) {
      this(round, party, kind, amount, on, note, null);
    }
  }

  public Negotiation withRounds(List<Round> rounds) {
    return new Negotiation(id, claimId, status, targetAmount, justificationGrounds, justification, channel,
        noticeCorrespondenceId, openedOn, agreedAmount, settledOn, outcomeReason, bundleId,
        List.copyOf(rounds));
  }

  /** The guard passed and recorded a target; a claim joins a bundle only before that. */
  public boolean prepared() {
    return targetAmount != null;
  }

  public int nextRound() {
    return rounds.stream().mapToInt(Round::round).max().orElse(-1) + 1;
  }

  /** The payer's latest answer, if any. */
  public java.util.Optional<Round> lastPayerResponse() {
    return rounds.stream().filter(r -> r.party() == Party.PAYER).reduce((first, second) -> second);
  }

  /** The provider's latest offer (the notice's, or a counteroffer). */
  public java.util.Optional<Round> lastProviderOffer() {
    return rounds.stream().filter(r -> r.party() == Party.PROVIDER).reduce((first, second) -> second);
  }
}
