package org.claimrecovery.negotiation;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.deadlines.CaseDeadlines;
import org.claimrecovery.deadlines.CaseEvents;
import org.claimrecovery.negotiation.Negotiation.Kind;
import org.claimrecovery.negotiation.Negotiation.Round;
import org.springframework.stereotype.Component;

/**
 * The final offer of a negotiation that ended without a settlement, recorded on the case as STATE_FINAL_OFFER_MADE
 * where a deadline of the case counts from it (rules/deadline-rules.yaml: a state's arbitration request, e.g. New
 * Jersey's); a case no rule in force counts it for gets nothing.
 */
@Component
class FinalOffers {

  private final ClaimRepository claims;
  private final CaseDeadlines deadlines;
  private final CaseClock clock;

  FinalOffers(ClaimRepository claims, CaseDeadlines deadlines, CaseClock clock) {
    this.claims = claims;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  /** The negotiation ended today without a settlement; a retried job keeps the date first recorded. */
  void negotiationFailed(Negotiation negotiation) {
    String claimId = negotiation.claimId();
    LocalDate madeOn = madeOn(negotiation,
        Optional.ofNullable(claims.events(claimId).get(CaseEvents.INITIAL_PAYMENT_OR_DENIAL_RECEIVED)),
        clock.today());
    if (deadlines.countsFrom(claimId, CaseEvents.STATE_FINAL_OFFER_MADE, madeOn)) {
      claims.recordEvent(claimId, CaseEvents.STATE_FINAL_OFFER_MADE, madeOn, Negotiations.SYSTEM, clock.now());
    }
  }

  /**
   * The day of the final offer: the latest round that put an amount forward, ours or the payer's (our letter's offer
   * or a counteroffer; an acceptance or a rejection makes none), as the rounds record it. With no offer exchanged
   * (our letter never went out) the payer's initial payment or denial was its last word on the amount: counting from
   * it is never later than the state's window, where counting from the negotiation's end could be weeks late. An
   * offer dated before that payment (a typo) does not move the day earlier; without either, the day it ended.
   */
  static LocalDate madeOn(Negotiation negotiation, Optional<LocalDate> paymentOrDenialReceivedOn,
      LocalDate endedOn) {
    return Stream.concat(paymentOrDenialReceivedOn.stream(), negotiation.rounds().stream()
            .filter(FinalOffers::isOffer).map(Round::on))
        .max(LocalDate::compareTo).orElse(endedOn);
  }

  private static boolean isOffer(Round round) {
    return (round.kind() == Kind.OFFER || round.kind() == Kind.COUNTEROFFER) && round.on() != null;
  }
}
