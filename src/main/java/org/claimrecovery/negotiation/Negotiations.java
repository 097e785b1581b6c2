package org.claimrecovery.negotiation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.claims.Stage;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.correspondence.Correspondence;
import org.claimrecovery.correspondence.CorrespondenceEntry;
import org.claimrecovery.correspondence.DeliveryStatus;
import org.claimrecovery.deadlines.CaseEvents;
import org.claimrecovery.documents.DocumentStore;
import org.claimrecovery.negotiation.Negotiation.Kind;
import org.claimrecovery.negotiation.Negotiation.Party;
import org.claimrecovery.negotiation.Negotiation.Round;
import org.claimrecovery.pathway.Pathway;
import org.claimrecovery.refusal.FieldProblem;
import org.claimrecovery.settlement.Settlements;
import org.claimrecovery.text.Markdown;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One claim's negotiation, step by step: prepared behind a guard, opened by the open negotiation notice (whose
 * send date starts OPEN_NEGOTIATION_PERIOD_END), carried on in rounds, and ended SETTLED (handed to the payment
 * watch, settlement/) or FAILED. Claims bundled with it ({@link NegotiationBundles}) share its letters and
 * rounds: each step acts on every claim of the {@link Conversation}. Letters are {@link NegotiationLetters}, days
 * {@link NegotiationDates}, the payer's answers {@link PayerResponses}. Every step is safe to repeat: the
 * process engine retries failed jobs.
 */
@Service
public class Negotiations {

  static final String SYSTEM = "claim-recovery";

  private final NegotiationRepository negotiations;
  private final Conversations conversations;
  private final ClaimRepository claims;
  private final DocumentStore documents;
  private final NegotiationPreparation preparation;
  private final NegotiationLetters letters;
  private final LetterRoutes routes;
  private final NegotiationDates dates;
  private final Correspondence correspondence;
  private final CaseClock clock;
  private final NegotiationWorkflow workflow;
  private final NegotiationBundles bundles;
  private final Settlements settlements;

  Negotiations(NegotiationRepository negotiations, Conversations conversations, ClaimRepository claims,
      DocumentStore documents, NegotiationPreparation preparation, NegotiationLetters letters, LetterRoutes routes,
      NegotiationDates dates, Correspondence correspondence, CaseClock clock, NegotiationWorkflow workflow,
      NegotiationBundles bundles, Settlements settlements) {
    this.negotiations = negotiations;
    this.conversations = conversations;
    this.claims = claims;
    this.documents = documents;
    this.preparation = preparation;
    this.letters = letters;
    this.routes = routes;
    this.dates = dates;
    this.correspondence = correspondence;
    this.clock = clock;
    this.workflow = workflow;
    this.bundles = bundles;
    this.settlements = settlements;
  }

  public Optional<Negotiation> of(String claimId) {
    return negotiations.findByClaim(claimId);
  }

  /** Starts preparing (once) and returns the preparation form's summary. */
  @Transactional
  public String open(String claimId) {
    negotiations.insertIfAbsent(UUID.randomUUID().toString(), claimId, clock.now());
    claims.moveTo(claimId, Stage.NEGOTIATION);
    Claim claim = conversations.claim(claimId);
    return preparation.summary(claim, routes.of(claim), documents.list(claimId), List.of());
  }

  /** The preparation form's summary as the case stands now: the claim, its route and the documents on file. */
  public String preparationSummary(String claimId) {
    Claim claim = conversations.claim(claimId);
    return Markdown.bounded(preparation.summary(claim, routes.of(claim), documents.list(claimId), List.of())
        + bundleSummary(claimId), NegotiationPreparation.documentsAt(claimId));
  }

  /**
   * Checks the preparation, and the claims named to be negotiated with this one ({@code bundleClaimNumbers},
   * claim numbers of the same payer); records both when nothing is missing.
   */
  @Transactional
  public Check checkPreparation(String claimId, BigDecimal target, List<JustificationGround> grounds,
      String justification, String bundleClaimNumbers, String user) {
    Claim claim = conversations.claim(claimId);
    Negotiation negotiation = conversations.negotiation(claimId);
    var onFile = documents.list(claimId);
    var problems = new ArrayList<>(preparation.problems(claim, target, grounds, justification, onFile));
    var bundling = bundles.check(claim, negotiation, NegotiationBundles.claimNumbers(bundleClaimNumbers));
    problems.addAll(bundling.problems());
    if (!problems.isEmpty()) {
      return new Check(problems, preparation.summary(claim, routes.of(claim), onFile, problems), null);
    }
    negotiations.recordPreparation(negotiation.id(), target, grounds,
        justification == null || justification.isBlank() ? null : justification.trim(), user);
    if (!bundling.joining().isEmpty()) {
      bundles.form(claim, negotiation, bundling.joining(), user);
    }
    var next = bundles.afterPreparation(conversations.negotiation(claimId));
    String summary = Markdown.bounded(preparation.summary(claim, routes.of(claim), onFile, problems)
        + bundleSummary(claimId), NegotiationPreparation.documentsAt(claimId));
    return new Check(problems, summary, next);
  }

  /** For the lead's tasks: which claims of the bundle are prepared and which still hold the notice back. */
  private String bundleSummary(String claimId) {
    var bundle = bundleOf(claimId);
    if (bundle.isEmpty()) {
      return "";
    }
    return "\n**Negotiated in one bundle:** " + String.join(", ", bundle.stream()
        .map(member -> Markdown.text(conversations.claim(member.claimId()).claimNumber())
            + (member.prepared() ? " (prepared)" : " (still preparing)"))
        .toList()) + ". The notice goes out once every claim is prepared.\n";
  }

  /** @param next where the negotiation goes on; null when the check failed */
  public record Check(List<FieldProblem> problems, String summary, AfterPreparation next) {
    public boolean passed() {
      return problems.isEmpty();
    }
  }

  /** The bundle of the claim (lead first), empty when it negotiates alone (also when the others left). */
  public List<Negotiation> bundleOf(String claimId) {
    var together = bundles.together(conversations.negotiation(claimId));
    return together.size() > 1 ? together : List.of();
  }

  /**
   * Sends the opening letter (round 0) to the payer's route: under the NSA the open negotiation notice, outside
   * federal IDR the negotiation letter; by e-mail, or as an outbox item for a person to send. Refuses when a
   * claim's preparation is incomplete.
   */
  @Transactional
  public CorrespondenceEntry sendNotice(String claimId) {
    var conversation = conversations.of(claimId);
    for (var member : conversation.members()) {
      Negotiation negotiation = member.negotiation();
      var problems = preparation.problems(member.claim(), negotiation.targetAmount(),
          negotiation.justificationGrounds(), negotiation.justification(), documents.list(member.claim().id()));
      if (!problems.isEmpty()) {
        throw new IllegalStateException("claim " + member.claim().id()
            + ": the notice cannot be sent, preparation incomplete: "
            + problems.stream().map(FieldProblem::message).toList());
      }
    }
    Claim claim = conversation.lead().claim();
    var route = routes.of(claim);
    if (claim.pathway().negotiatesOutsideFederalIdr()) {
      var letter = letters.negotiationLetter(conversation, route, dates.windowEnd(conversation, clock.today()));
      return opened(conversation, correspondence.send(letter), "negotiation letter");
    }
    return opened(conversation, correspondence.send(letters.notice(conversation, route)),
        "open negotiation notice");
  }

  /** Round 0 is our offer; an e-mailed letter opens the negotiation now, a mailed one when dispatched. */
  private CorrespondenceEntry opened(Conversation conversation, CorrespondenceEntry entry, String note) {
    for (var member : conversation.members()) {
      Negotiation negotiation = member.negotiation();
      negotiations.recordNotice(negotiation.id(), entry.channel().name(), entry.id());
      // the letter goes out in a job; the offer is the target its claim's preparer entered
      negotiations.insertRoundIfAbsent(negotiation.id(), new Round(0, Party.PROVIDER, Kind.OFFER,
          negotiation.targetAmount(), clock.today(), note, negotiations.preparedBy(negotiation.id())), clock.now());
    }
    if (entry.deliveryStatus() == DeliveryStatus.SENT) {
      started(conversation, entry.sentAt().atZone(clock.zone()).toLocalDate(), SYSTEM);
    }
    return entry;
  }

  /** Whether the claim negotiates outside federal IDR: a letter and the payer's window, bounded by a filing deadline. */
  public boolean outsideFederalIdr(String claimId) {
    Claim claim = conversations.claim(claimId);
    return claim.pathway() != null && claim.pathway().negotiatesOutsideFederalIdr();
  }

  /**
   * Why the claim cannot negotiate (for the initial payment review): not classified, or before a state process
   * for which rules/payers.yaml names no filing bound. Empty when it can.
   */
  public List<FieldProblem> negotiationProblems(String claimId) {
    Claim claim = conversations.claim(claimId);
    if (claim.pathway() == null) {
      return List.of(new FieldProblem("decision", "The claim has no dispute pathway yet: it cannot negotiate."));
    }
    if (claim.pathway().negotiatesOutsideFederalIdr() && dates.lastDayBeforeFiling(claim).isEmpty()) {
      return List.of(new FieldProblem("decision", claim.pathway() == Pathway.PUBLIC_PROGRAM
          ? "A negotiation before a public programme's own route is not configured (it would have no filing "
              + "deadline to end before). Choose DISPUTE (a person pursues the programme's route) or ACCEPT."
          : "Negotiation before the state process of " + claim.stateLaw() + " is not configured "
              + "(stateProcessEscalations in rules/payers.yaml names no filing deadline for it). Choose DISPUTE or "
              + "ACCEPT."));
    }
    return List.of();
  }

  /** A person mailed (or faxed, or uploaded) the notice: its dispatch date opens the negotiation. */
  @Transactional
  public void confirmNoticeDispatch(String claimId, LocalDate dispatchedOn, String proof, String user) {
    Negotiation negotiation = conversations.negotiation(claimId);
    var entry = correspondence.ofClaim(claimId).stream()
        .filter(item -> item.id().equals(negotiation.noticeCorrespondenceId())).findFirst()
        .orElseThrow(() -> new IllegalStateException("claim " + claimId + " has no notice to confirm"));
    if (entry.deliveryStatus() == DeliveryStatus.AWAITING_DISPATCH) {
      correspondence.confirmDispatch(entry.id(), dispatchedOn.atStartOfDay(clock.zone()).toInstant(), proof, user);
    }
    started(conversations.of(claimId), dispatchedOn, user);
  }

  /** Every claim of the letter starts its own period (its own deadlines) on the send date. */
  private void started(Conversation conversation, LocalDate sentOn, String user) {
    for (var member : conversation.members()) {
      if (!member.claim().pathway().negotiatesOutsideFederalIdr()) {
        // the NSA's open negotiation period counts from this event; outside federal IDR the payer window does
        claims.recordEvent(member.claim().id(), CaseEvents.OPEN_NEGOTIATION_STARTED, sentOn, user, clock.now());
      }
      negotiations.open(member.negotiation().id(), sentOn);
    }
  }

  /**
   * Sends one follow-up letter for our latest letter when the payer has not answered it: kind FOLLOW_UP,
   * round 1 for the notice's follow-up, 2 after our first counteroffer, and so on; idempotent by case, kind
   * and round, so a retried job or a second wait on the same letter never sends it twice.
   *
   * @return the ledger entry, or empty when the payer answered our latest letter (nothing to follow up)
   */
  @Transactional
  public Optional<CorrespondenceEntry> sendFollowUp(String claimId) {
    var conversation = conversations.of(claimId);
    var rounds = conversation.lead().negotiation().rounds();
    if (rounds.isEmpty() || rounds.get(rounds.size() - 1).party() == Party.PAYER) {
      return Optional.empty();
    }
    int followUpRound = (int) rounds.stream()
        .filter(r -> r.party() == Party.PROVIDER && r.kind() == Kind.COUNTEROFFER).count() + 1;
    var letter = letters.followUp(conversation, routes.of(conversations.claim(claimId)), followUpRound,
        rounds.get(rounds.size() - 1).on());
    return Optional.of(queued(claimId, correspondence.send(letter)));
  }

  /** A letter left in the outbox (mail, fax, portal) gets a person to dispatch it; e-mail has gone already. */
  private CorrespondenceEntry queued(String claimId, CorrespondenceEntry letter) {
    if (letter.deliveryStatus() == DeliveryStatus.AWAITING_DISPATCH) {
      workflow.letterAwaitsDispatch(claimId, letter);
    }
    return letter;
  }

  /**
   * Sends our counteroffer as the next round, through the channel the notice used. For a bundle
   * {@code amount} is the total, split over its claims in proportion to their targets.
   *
   * @param decidedBy who decided to counter with the amount: the round's author
   */
  @Transactional
  public CorrespondenceEntry sendCounteroffer(String claimId, BigDecimal amount, String decidedBy) {
    Claim claim = conversations.claim(claimId);
    var conversation = conversations.of(claimId);
    var rounds = conversation.lead().negotiation().rounds();
    var lastRound = rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
    // a retried job finds its own round recorded and sends (idempotently) the same letter again
    int round = lastRound != null && lastRound.party() == Party.PROVIDER && lastRound.kind() == Kind.COUNTEROFFER
        ? lastRound.round() : conversation.lead().negotiation().nextRound();
    var amounts = Shares.split(amount, conversation.members().stream()
        .map(member -> member.negotiation().targetAmount()).toList());
    for (int i = 0; i < amounts.size(); i++) {
      negotiations.insertRoundIfAbsent(conversation.members().get(i).negotiation().id(),
          new Round(round, Party.PROVIDER, Kind.COUNTEROFFER, amounts.get(i), clock.today(), null, decidedBy),
          clock.now());
    }
    // the ledger counts letters of a kind: our first counteroffer is COUNTEROFFER round 1
    int letterRound = (int) rounds.stream()
        .filter(r -> r.party() == Party.PROVIDER && r.kind() == Kind.COUNTEROFFER && r.round() < round).count() + 1;
    var letter = letters.counteroffer(conversation, routes.of(claim), letterRound, amount, amounts,
        !claim.pathway().negotiatesOutsideFederalIdr());
    return queued(claimId, correspondence.send(letter));
  }
}
