package org.claimrecovery.negotiation;

import static org.claimrecovery.negotiation.NegotiationPreparation.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.correspondence.Channel;
import org.claimrecovery.correspondence.Correspondence;
import org.claimrecovery.correspondence.CorrespondenceKind;
import org.claimrecovery.correspondence.InboundItem;
import org.claimrecovery.negotiation.Conversation.Member;
import org.claimrecovery.negotiation.Negotiation.Kind;
import org.claimrecovery.negotiation.Negotiation.Party;
import org.claimrecovery.negotiation.Negotiation.Round;
import org.claimrecovery.refusal.FieldProblem;
import org.claimrecovery.refusal.RequestRejected;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payer's side of the conversation: its responses become rounds of every claim of the conversation and
 * inbound items of the ledger, checked first; and what a person may decide on them (settle, counter, hold).
 */
@Service
public class PayerResponses {

  private final NegotiationRepository negotiations;
  private final Conversations conversations;
  private final NegotiationBundles bundles;
  private final NegotiationWorkflow workflow;
  private final Correspondence correspondence;
  private final LetterRoutes routes;
  private final CaseClock clock;

  PayerResponses(NegotiationRepository negotiations, Conversations conversations, NegotiationBundles bundles,
      NegotiationWorkflow workflow, Correspondence correspondence, LetterRoutes routes, CaseClock clock) {
    this.negotiations = negotiations;
    this.conversations = conversations;
    this.bundles = bundles;
    this.workflow = workflow;
    this.correspondence = correspondence;
    this.routes = routes;
    this.clock = clock;
  }

  /**
   * A payer response arrives through the API: the waiting negotiation takes it (else 409), it becomes the next
   * round, entered by the API's caller {@code user}, and the ledger records the inbound item, received through the
   * notice's channel.
   */
  @Transactional
  public Negotiation payerResponded(String claimId, PayerResponse response, String user) {
    negotiations.findByClaim(claimId)
        .orElseThrow(() -> RequestRejected.conflict("Conflict", "claim " + claimId + " has no negotiation"));
    // a bundle's conversation runs in its lead's process, whichever of its claims the payer answered on
    String lead = bundles.leadOf(claimId);
    if (!workflow.payerResponded(lead, response)) {
      throw RequestRejected.conflict("Conflict",
          "the negotiation of claim " + claimId + " is not waiting for a payer response");
    }
    record(lead, response, routes.of(conversations.claim(lead)).channel(), user);
    return conversations.negotiation(claimId);
  }

  /**
   * Records a payer response as the next round, entered by {@code user}, and as an inbound item of the ledger,
   * received through {@code channel}: the API's responses arrive through the notice's channel, staff record calls
   * and letters (task recordPayerResponse) with the channel they name. The process moves on by itself.
   */
  @Transactional
  public void record(String claimId, PayerResponse response, Channel channel, String user) {
    var conversation = conversations.of(claimId);
    int round = conversation.lead().negotiation().nextRound();
    Kind kind = Kind.valueOf(response.responseType().name());
    var amounts = payerAmounts(conversation, response);
    var split = new StringBuilder();
    for (int i = 0; i < amounts.size(); i++) {
      Member member = conversation.members().get(i);
      negotiations.insertRoundIfAbsent(member.negotiation().id(),
          new Round(round, Party.PAYER, kind, amounts.get(i), response.receivedOn(), blankToNull(response.note()),
              user),
          clock.now());
      if (conversation.bundled() && amounts.get(i) != null) {
        split.append("\n").append(member.claim().claimNumber()).append(": ").append(money(amounts.get(i)));
      }
    }
    Claim claim = conversations.claim(claimId);
    String note = (response.note() == null ? "" : response.note().strip()) + split;
    correspondence.recordInbound(new InboundItem(claimId, conversation.claimIds(),
        switch (response.responseType()) {
          case COUNTEROFFER -> CorrespondenceKind.PAYER_COUNTEROFFER;
          case ACCEPTED -> CorrespondenceKind.PAYER_ACCEPTANCE;
          case REJECTED -> CorrespondenceKind.PAYER_DENIAL;
        }, round, channel, claim.payer().email() != null ? claim.payer().email() : claim.payer().name(),
        response.receivedOn().atStartOfDay(clock.zone()).toInstant(),
        "Payer " + response.responseType().name().toLowerCase()
            + (response.amount() != null ? " " + money(response.amount()) : "") + ", " + conversation.claimNumbers(),
        blankToNull(note.strip()), null, null));
  }

  /**
   * Each claim's part of the payer's amount: the amounts the payer named per claim, else its total split in
   * proportion to our latest offers (a claim alone takes the whole amount).
   */
  private static List<BigDecimal> payerAmounts(Conversation conversation, PayerResponse response) {
    if (!response.amountsByClaim().isEmpty()) {
      return conversation.members().stream().map(member -> response.amountsByClaim().get(member.claim().id()))
          .toList();
    }
    if (response.amount() == null) {
      return conversation.members().stream().map(member -> (BigDecimal) null).toList();
    }
    return Shares.split(response.amount(), conversation.members().stream()
        .map(member -> member.negotiation().lastProviderOffer().map(Round::amount).orElse(BigDecimal.ZERO)).toList());
  }

  /**
   * What is wrong with a payer response as staff or the API record it; empty when it may be recorded.
   * {@code amountsByClaim} (API only) names the payer's amount per claim of a bundle: then every claim of the
   * bundle needs one, and {@code amount}, when given, is their total.
   */
  public List<FieldProblem> problems(String claimId, String responseType, BigDecimal amount, LocalDate receivedOn,
      String note, Map<String, BigDecimal> amountsByClaim) {
    var bundled = negotiations.findByClaim(claimId).map(bundles::together).orElse(List.of()).stream()
        .map(Negotiation::claimId).toList();
    return PayerResponseChecks.responseProblems(responseType, amount, receivedOn, note, amountsByClaim, bundled,
        clock.today());
  }

  /** What is wrong with an evaluation of the payer's response; empty when it may be carried out. */
  public List<FieldProblem> evaluationProblems(String claimId, String decision, BigDecimal counterAmount) {
    return PayerResponseChecks.evaluationProblems(conversations.negotiation(claimId), decision, counterAmount);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
