package org.claimrecovery.negotiation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.deadlines.CaseDeadlines;
import org.claimrecovery.negotiation.Negotiation.Kind;
import org.claimrecovery.negotiation.Negotiation.Party;
import org.claimrecovery.negotiation.Negotiation.Round;
import org.claimrecovery.text.Markdown;
import org.claimrecovery.text.Words;
import org.springframework.stereotype.Component;

/**
 * What a person needs to judge the payer's answer: the claim and its money, every offer and answer by round, when
 * the period ends, and what each choice would do (settling settles at the payer's amount, or at our own offer the
 * payer accepted, and says which).
 */
@Component
public class NegotiationEvaluation {

  private final Conversations conversations;
  private final NegotiationDates dates;
  private final CaseDeadlines deadlines;

  NegotiationEvaluation(Conversations conversations, NegotiationDates dates, CaseDeadlines deadlines) {
    this.conversations = conversations;
    this.dates = dates;
    this.deadlines = deadlines;
  }

  /** The negotiation as it stands, for recording a payer's answer. */
  public String facts(String claimId) {
    Claim claim = conversations.claim(claimId);
    Negotiation negotiation = conversations.negotiation(claimId);
    return Markdown.bounded(facts(claim, negotiation), NegotiationPreparation.documentsAt(claimId));
  }

  /** The negotiation as it stands and what each choice on the payer's answer would do. */
  public String withChoices(String claimId) {
    Claim claim = conversations.claim(claimId);
    Negotiation negotiation = conversations.negotiation(claimId);
    var md = new StringBuilder(facts(claim, negotiation));
    md.append("**What each choice does**\n\n");
    BigDecimal settleAt = PayerResponseChecks.agreedAmount(negotiation);
    var answer = negotiation.lastPayerResponse();
    if (settleAt != null) {
      md.append("- *Settle*: at ").append(Words.money(settleAt)).append(" — ").append(answer
          .filter(last -> last.amount() != null && last.kind() != Kind.REJECTED)
          .map(last -> "the payer's " + words(last.kind()) + " of " + day(last.on()))
          .orElseGet(() -> "the payer accepted our offer" + negotiation.lastProviderOffer()
              .map(ours -> " of " + day(ours.on())).orElse(""))).append(".\n");
    }
    md.append("- *Send a counteroffer*: a new total offer in a letter to the payer; the period runs on.\n");
    md.append("- *Hold and keep waiting*: no letter; the payer may still answer until the period ends.\n");
    return Markdown.bounded(md.toString(), NegotiationPreparation.documentsAt(claimId));
  }

  private String facts(Claim claim, Negotiation negotiation) {
    var md = new StringBuilder();
    md.append("**Billed** ").append(Words.money(claim.totalBilled())).append(" · **Initial payment** ")
        .append(claim.initialPayment() != null && claim.initialPayment().amount() != null
            ? Words.money(claim.initialPayment().amount()) : "denied")
        .append(" · **QPA** ").append(claim.totalQpa().map(Words::money).orElse("not reported"))
        .append(" · **Our target** ").append(negotiation.targetAmount() == null ? "not set"
            : Words.money(negotiation.targetAmount())).append("\n\n");
    periodEnd(claim, negotiation).ifPresent(end -> md.append(end).append("\n\n"));
    md.append("**Offers and answers**\n\n");
    for (Round round : negotiation.rounds()) {
      md.append("- ").append(day(round.on())).append(": ").append(round.party() == Party.PROVIDER ? "we" : "the payer")
          .append(", ").append(words(round.kind()))
          .append(round.amount() == null ? "" : " of " + Words.money(round.amount()))
          .append(round.note() == null || round.note().isBlank() ? "" : " (" + Markdown.text(round.note()) + ")")
          .append("\n");
    }
    return md.append("\n").toString();
  }

  /** When the period ends: the statutory open negotiation period, or outside federal IDR the payer's window. */
  private java.util.Optional<String> periodEnd(Claim claim, Negotiation negotiation) {
    if (claim.pathway() != null && claim.pathway().negotiatesOutsideFederalIdr()) {
      return negotiation.openedOn() == null ? java.util.Optional.empty()
          : java.util.Optional.of("**The payer's window ends** " + day(dates.windowEnd(claim.id()))
              + " (rules/payers.yaml, before the next filing deadline)");
    }
    return deadlines.find(claim.id(), "OPEN_NEGOTIATION_PERIOD_END").map(end -> "**The open negotiation period ends** "
        + day(end.dueOn()) + " (" + Markdown.text(end.citation()) + ")");
  }

  private static String words(Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  private static String day(LocalDate date) {
    return date == null ? "a date not recorded" : Words.day(date);
  }
}
