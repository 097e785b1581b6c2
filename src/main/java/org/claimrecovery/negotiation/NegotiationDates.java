package org.claimrecovery.negotiation;

import java.time.LocalDate;
import java.util.Optional;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.deadlines.BusinessCalendar;
import org.claimrecovery.deadlines.CaseDeadlines;
import org.springframework.stereotype.Component;

/**
 * The days a negotiation runs by: when the notice (outside federal IDR the letter) is due, when the payer's
 * answer is overdue, when the window ends, and outside federal IDR the filing bound no negotiation passes.
 * Statutory deadlines come from the deadline rules; the payer's windows from rules/payers.yaml and
 * rules/negotiation.yaml.
 */
@Component
public class NegotiationDates {

  /** The NSA's last day to send the open negotiation notice. */
  static final String OPEN_NEGOTIATION_INITIATION = "OPEN_NEGOTIATION_INITIATION";

  private final Conversations conversations;
  private final CaseDeadlines deadlines;
  private final PayerNegotiationRules payerRules;
  private final NegotiationRules rules;
  private final BusinessCalendar calendar;

  NegotiationDates(Conversations conversations, CaseDeadlines deadlines, PayerNegotiationRules payerRules,
      NegotiationRules rules, BusinessCalendar calendar) {
    this.conversations = conversations;
    this.deadlines = deadlines;
    this.payerRules = payerRules;
    this.rules = rules;
    this.calendar = calendar;
  }

  /**
   * The last day the notice (outside federal IDR: the negotiation letter) may go out: OPEN_NEGOTIATION_INITIATION,
   * or outside federal IDR the filing bound; for a bundle the earliest of its claims' days.
   */
  public LocalDate noticeDueOn(String claimId) {
    return conversations.of(claimId).members().stream().map(member -> member.claim())
        .map(claim -> claim.pathway().negotiatesOutsideFederalIdr() ? filingBound(claim)
            : deadlines.find(claim.id(), OPEN_NEGOTIATION_INITIATION).orElseThrow(() ->
                new IllegalStateException("claim " + claim.id() + " has no " + OPEN_NEGOTIATION_INITIATION)).dueOn())
        .min(LocalDate::compareTo).orElseThrow();
  }

  /**
   * Outside federal IDR: the last day any negotiation may run, a margin before the next stage's filing deadline
   * (INTERNAL_APPEAL_FILING, or the state process's own deadline).
   */
  public LocalDate filingBound(String claimId) {
    return filingBound(conversations.claim(claimId));
  }

  LocalDate filingBound(Claim claim) {
    return lastDayBeforeFiling(claim).orElseThrow(() -> new IllegalStateException(
        "claim " + claim.id() + " has no filing bound: no negotiation outside federal IDR"));
  }

  /** The filing bound's last day, when the case has the deadline it names (the state's rule is in force). */
  Optional<LocalDate> lastDayBeforeFiling(Claim claim) {
    return payerRules.filingBound(claim.pathway(), claim.stateLaw()).flatMap(bound ->
        deadlines.find(claim.id(), bound.deadline()).map(deadline -> bound.lastDay(deadline.dueOn())));
  }

  /**
   * Outside federal IDR: the last day of the negotiation window, min(start + the payer's window, the filing
   * bound); the start is the day the negotiation letter went out (or was dispatched). A bundle's window ends
   * with the earliest of its claims' windows.
   */
  public LocalDate windowEnd(String claimId) {
    Negotiation negotiation = conversations.negotiation(claimId);
    if (negotiation.openedOn() == null) {
      throw new IllegalStateException("claim " + claimId + ": the negotiation letter has not gone out");
    }
    return windowEnd(conversations.of(claimId), negotiation.openedOn());
  }

  LocalDate windowEnd(Conversation conversation, LocalDate startedOn) {
    return conversation.members().stream().map(member -> payerRules.windowEnd(member.claim().payer().id(),
        startedOn, filingBound(member.claim()))).min(LocalDate::compareTo).orElseThrow();
  }

  /**
   * The last day the payer has to answer our latest letter before a follow-up is due: the letter's date plus
   * {@code payerResponseWindowBusinessDays} business days (the letter's own day not counted).
   */
  public LocalDate followUpDueOn(String claimId) {
    Negotiation negotiation = conversations.negotiation(claimId);
    var lastLetter = negotiation.lastProviderOffer()
        .orElseThrow(() -> new IllegalStateException("claim " + claimId + " has sent no letter to follow up"));
    LocalDate sentOn = lastLetter.round() == 0 && negotiation.openedOn() != null ? negotiation.openedOn()
        : lastLetter.on();
    return calendar.addBusinessDays(sentOn, rules.payerResponseWindowBusinessDays());
  }

  /** The day a settlement must be paid by, when it is agreed on {@code settledOn} (rules/negotiation.yaml). */
  LocalDate settlementPaymentDueOn(LocalDate settledOn) {
    return settledOn.plusDays(rules.paymentDeadline().calendarDays());
  }

  /** Where that payment deadline comes from (rules/negotiation.yaml). */
  String settlementPaymentCitation() {
    return rules.paymentDeadline().citation();
  }
}
