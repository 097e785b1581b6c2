package org.claimrecovery.negotiation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.claimrecovery.claims.Claim.ClaimLine;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.claims.ServiceCategory;
import org.claimrecovery.claims.Stage;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.correspondence.Channel;
import org.claimrecovery.correspondence.Correspondence;
import org.claimrecovery.correspondence.CorrespondenceEntry;
import org.claimrecovery.correspondence.CorrespondenceKind;
import org.claimrecovery.correspondence.DeliveryStatus;
import org.claimrecovery.correspondence.InboundItem;
import org.claimrecovery.correspondence.NoticeRenderer;
import org.claimrecovery.correspondence.OpenNegotiationNotice;
import org.claimrecovery.correspondence.OutboundLetter;
import org.claimrecovery.correspondence.ProviderContact;
import org.claimrecovery.deadlines.BusinessCalendar;
import org.claimrecovery.deadlines.CaseDeadlines;
import org.claimrecovery.deadlines.CaseEvents;
import org.claimrecovery.documents.DocumentStore;
import org.claimrecovery.negotiation.Negotiation.Kind;
import org.claimrecovery.negotiation.Negotiation.Party;
import org.claimrecovery.negotiation.Negotiation.Round;
import org.claimrecovery.refusal.FieldProblem;
import org.claimrecovery.settlement.PaymentSource;
import org.claimrecovery.settlement.Settlements;
import org.claimrecovery.text.Markdown;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One claim's negotiation: prepared behind a guard, opened by the open negotiation notice (whose send date
 * starts OPEN_NEGOTIATION_PERIOD_END), carried on in rounds, and ended SETTLED (then paid and closed) or
 * FAILED. Claims bundled with it ({@link NegotiationBundles}) share its letters and rounds: each step of the
 * conversation acts on every claim of the bundle, each with its own amounts. Every step is safe to repeat: the
 * process engine retries failed jobs.
 */
@Service
public class Negotiations {

    static final String SYSTEM = "claim-recovery";
  static final int MAX_NOTE_LENGTH = 2000;

  private final NegotiationRepository negotiations;
  private final ClaimRepository claims;
  private final DocumentStore documents;
  private final NegotiationPreparation preparation;
  private final Correspondence correspondence;
  private final NoticeRenderer renderer;
  private final ProviderContact provider;
  private final NegotiationRules rules;
  private final CaseClock clock;
  private final NegotiationWorkflow workflow;
  private final BusinessCalendar calendar;
  private final CaseDeadlines deadlines;
  private final PayerNegotiationRules payerRules;
  private final NegotiationBundles bundles;
  private final Settlements settlements;

  /** The NSA's last day to send the open negotiation notice. */
  static final String OPEN_NEGOTIATION_INITIATION = "OPEN_NEGOTIATION_INITIATION";

  Negotiations(NegotiationRepository negotiations, ClaimRepository claims, DocumentStore documents,
      NegotiationPreparation preparation, Correspondence correspondence, NoticeRenderer renderer,
      ProviderContact provider, NegotiationRules rules, CaseClock clock, NegotiationWorkflow workflow,
      BusinessCalendar calendar, CaseDeadlines deadlines, PayerNegotiationRules payerRules,
      NegotiationBundles bundles, Settlements settlements) {
    this.bundles = bundles;
    this.settlements = settlements;
    this.workflow = workflow;
    this.calendar = calendar;
    this.deadlines = deadlines;
    this.payerRules = payerRules;
    this.negotiations = negotiations;
    this.claims = claims;
    this.documents = documents;
    this.preparation = preparation;
    this.correspondence = correspondence;
    this.renderer = renderer;
    this.provider = provider;
    this.rules = rules;
    this.clock = clock;
  }

  public Optional<Negotiation> of(String claimId) {
    return negotiations.findByClaim(claimId);
  }

  /** Starts preparing (once) and returns the preparation form's summary. */
  @Transactional
  public String open(String claimId) {
    negotiations.insertIfAbsent(UUID.randomUUID().toString(), claimId, clock.now());
    claims.moveTo(claimId, Stage.NEGOTIATION);
    Claim claim = claim(claimId);
    return preparation.summary(claim, route(claim), documents.list(claimId), List.of());
  }

  /**
   * Checks the preparation, and the claims named to be negotiated with this one ({@code bundleClaimNumbers},
   * claim numbers of the same payer); records both when nothing is missing.
   */
  @Transactional
  public Check checkPreparation(String claimId, BigDecimal target, List<JustificationGround> grounds,
      String justification, String bundleClaimNumbers, String user) {
    Claim claim = claim(claimId);
    Negotiation negotiation = negotiation(claimId);
    var onFile = documents.list(claimId);
    var problems = new ArrayList<>(preparation.problems(claim, target, grounds, justification, onFile));
    var bundling = bundles.check(claim, negotiation, NegotiationBundles.claimNumbers(bundleClaimNumbers));
    problems.addAll(bundling.problems());
    if (!problems.isEmpty()) {
      return new Check(problems, preparation.summary(claim, route(claim), onFile, problems), null);
    }
    negotiations.recordPreparation(negotiation.id(), target, grounds, blankToNull(justification));
    if (!bundling.joining().isEmpty()) {
      bundles.form(claim, negotiation, bundling.joining(), user);
    }
    var next = bundles.afterPreparation(negotiation(claimId));
    String summary = Markdown.bounded(preparation.summary(claim, route(claim), onFile, problems)
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
        .map(member -> Markdown.text(claim(member.claimId()).claimNumber())
            + (member.prepared() ? " (prepared)" : " (still preparing)"))
        .toList()) + ". The notice goes out once every claim is prepared.\n";
  }

  /** @param next where the negotiation goes on; null when the check failed */
  public record Check(List<FieldProblem> problems, String summary, AfterPreparation next) {
    public boolean passed() {
      return problems.isEmpty();
    }
  }

  /** A claim of the conversation: its claim and its own negotiation record. */
  private record Member(Claim claim, Negotiation negotiation) {}

  /** The claims one conversation with the payer carries: {@code claimId}'s bundle, lead first, or the claim alone. */
  private List<Member> together(String claimId) {
    return bundles.together(negotiation(claimId)).stream()
        .map(negotiation -> new Member(claim(negotiation.claimId()), negotiation)).toList();
  }

  private static List<String> claimIds(List<Member> members) {
    return members.stream().map(member -> member.claim().id()).toList();
  }

  private static String claimNumbers(List<Member> members) {
    return (members.size() == 1 ? "claim " : "claims ")
        + String.join(", ", members.stream().map(member -> member.claim().claimNumber()).toList());
  }

  /** The bundle of the claim (lead first), empty when it negotiates alone (also when the others left). */
  public List<Negotiation> bundleOf(String claimId) {
    var together = bundles.together(negotiation(claimId));
    return together.size() > 1 ? together : List.of();
  }

  /**
   * Sends the open negotiation notice (round 0) to the contact the payer named: by e-mail with the PDF, or
   * as an outbox item for a person to mail. Refuses when the preparation is incomplete.
   */
  @Transactional
  public CorrespondenceEntry sendNotice(String claimId) {
    var together = together(claimId);
    for (Member member : together) {
      Negotiation negotiation = member.negotiation();
      var problems = preparation.problems(member.claim(), negotiation.targetAmount(),
          negotiation.justificationGrounds(), negotiation.justification(), documents.list(member.claim().id()));
      if (!problems.isEmpty()) {
        throw new IllegalStateException("claim " + member.claim().id()
            + ": the notice cannot be sent, preparation incomplete: "
            + problems.stream().map(FieldProblem::message).toList());
      }
    }
    Claim claim = claim(claimId);
    if (outsideFederalIdr(claim)) {
      return sendNegotiationLetter(claim, together);
    }
    var notice = new OpenNegotiationNotice(provider.asNoticeContact(),
        new OpenNegotiationNotice.Payer(claim.payer().name(), recipient(claim)),
        together.stream().flatMap(member -> items(member.claim(), member.negotiation().targetAmount()).stream())
            .toList(), clock.today(), null);
    Channel channel = channel(claim);
    String offers = String.join(", ", together.stream().map(member -> member.claim().claimNumber() + " "
        + NegotiationPreparation.money(member.negotiation().targetAmount())).toList());
    var entry = correspondence.send(new OutboundLetter(claimId, claimIds(together),
        CorrespondenceKind.OPEN_NEGOTIATION_NOTICE, 0, channel, recipient(claim),
        "Open Negotiation Notice, " + claimNumbers(together),
        "Please find attached our Open Negotiation Notice under 45 CFR 149.510(b)(1) for " + claimNumbers(together)
            + ". Our offer: " + offers + ".\n\n" + provider.name(),
        renderer.render(notice), "open-negotiation-notice-" + claim.claimNumber() + ".pdf"));
    return opened(together, channel, entry, "open negotiation notice");
  }

  /**
   * Outside federal IDR there is no open negotiation notice under 45 CFR 149.510: a plain negotiation letter
   * (round 0, kind NEGOTIATION_LETTER) with the items and our offer opens the payer-specific window.
   */
  private CorrespondenceEntry sendNegotiationLetter(Claim lead, List<Member> together) {
    var text = new StringBuilder("We ask you to reconsider the payment of " + claimNumbers(together) + ".\n");
    for (Member member : together) {
      Claim claim = member.claim();
      Negotiation negotiation = member.negotiation();
      text.append("\nClaim ").append(claim.claimNumber()).append(" (service date ").append(claim.serviceDate())
          .append(claim.patientAccount() == null ? "" : ", patient account " + claim.patientAccount()).append(")\n");
      if (claim.denial() != null) {
        text.append("You denied the claim (reason ").append(claim.denial().reasonCode()).append(" ")
            .append(nullToEmpty(claim.denial().description()).trim()).append(", received ")
            .append(claim.denial().receivedOn()).append(").\n");
      } else if (claim.initialPayment() != null) {
        text.append("You paid ").append(NegotiationPreparation.money(claim.initialPayment().amount()))
            .append(" (received ").append(claim.initialPayment().receivedOn()).append(").\n");
      }
      text.append("Items:\n");
      for (ClaimLine line : claim.lines()) {
        text.append("- ").append(line.serviceCode()).append(": billed ")
            .append(NegotiationPreparation.money(line.billedAmount())).append(", paid ")
            .append(NegotiationPreparation.money(line.paidOrZero())).append("\n");
      }
      text.append("We offer to settle the claim at ").append(NegotiationPreparation.money(negotiation.targetAmount()))
          .append(" in total.");
      if (negotiation.justification() != null) {
        text.append(" ").append(negotiation.justification());
      }
      text.append("\n");
    }
    text.append("\nPlease answer by ").append(windowEnd(together, clock.today()))
        .append(" with an acceptance or a counteroffer. This letter waives none of our rights to appeal or to a")
        .append(" state dispute resolution process.\n\n")
        .append(provider.name()).append("\n").append(nullToEmpty(provider.email())).append("\n")
        .append(nullToEmpty(provider.phone()));
    Channel channel = channel(lead);
    var entry = correspondence.send(new OutboundLetter(lead.id(), claimIds(together),
        CorrespondenceKind.NEGOTIATION_LETTER, 0, channel, recipient(lead),
        "Request to negotiate the payment of " + claimNumbers(together), text.toString(), null, null));
    return opened(together, channel, entry, "negotiation letter");
  }

  /** Round 0 is our offer; an e-mailed letter opens the negotiation now, a mailed one when dispatched. */
  private CorrespondenceEntry opened(List<Member> together, Channel channel, CorrespondenceEntry entry,
      String note) {
    for (Member member : together) {
      Negotiation negotiation = member.negotiation();
      negotiations.recordNotice(negotiation.id(), channel.name(), entry.id());
      negotiations.insertRoundIfAbsent(negotiation.id(),
          new Round(0, Party.PROVIDER, Kind.OFFER, negotiation.targetAmount(), clock.today(), note), clock.now());
    }
    if (entry.deliveryStatus() == DeliveryStatus.SENT) {
      started(together, entry.sentAt().atZone(clock.zone()).toLocalDate(), SYSTEM);
    }
    return entry;
  }

  /**
   * Whether the claim negotiates outside federal IDR (pathway APPEAL, or STATE_PROCESS before a specified state
   * law's process): no open negotiation notice under 45 CFR 149.510, but a letter and the payer's window,
   * bounded by the next stage's filing deadline.
   */
  public boolean outsideFederalIdr(String claimId) {
    return outsideFederalIdr(claim(claimId));
  }

  /** Pathways that negotiate in the payer's window, bounded by a filing deadline, instead of under 149.510. */
  private static boolean outsideFederalIdr(Claim claim) {
    return claim.pathway() != null && claim.pathway().negotiatesOutsideFederalIdr();
  }

  /**
   * Why the claim cannot negotiate (for the initial payment review): not classified, or before a state process
   * for which rules/payers.yaml names no filing bound. Empty when it can.
   */
  public List<FieldProblem> negotiationProblems(String claimId) {
    Claim claim = claim(claimId);
    if (claim.pathway() == null) {
      return List.of(new FieldProblem("decision", "The claim has no dispute pathway yet: it cannot negotiate."));
    }
    if (outsideFederalIdr(claim) && lastDayBeforeFiling(claim).isEmpty()) {
      return List.of(new FieldProblem("decision", "Negotiation before the state process of "
          + claim.stateLaw() + " is not configured (stateProcessEscalations in rules/payers.yaml "
          + "names no filing deadline for it). Choose DISPUTE or ACCEPT."));
    }
    return List.of();
  }

  /**
   * Outside federal IDR: the last day any negotiation may run, a margin before the next stage's filing deadline
   * (INTERNAL_APPEAL_FILING, or the state process's own deadline).
   */
  public LocalDate filingBound(String claimId) {
    return filingBound(claim(claimId));
  }

  private LocalDate filingBound(Claim claim) {
    return lastDayBeforeFiling(claim).orElseThrow(() -> new IllegalStateException(
        "claim " + claim.id() + " has no filing bound: no negotiation outside federal IDR"));
  }

  /** The filing bound's last day, when the case has the deadline it names (the state's rule is in force). */
  private Optional<LocalDate> lastDayBeforeFiling(Claim claim) {
    return payerRules.filingBound(claim.pathway(), claim.stateLaw()).flatMap(bound ->
        deadlines.find(claim.id(), bound.deadline()).map(deadline -> bound.lastDay(deadline.dueOn())));
  }

  /**
   * Outside federal IDR: the last day of the negotiation window, min(start + the payer's window, the filing
   * bound); the start is the day the negotiation letter went out (or was dispatched). A bundle's window ends
   * with the earliest of its claims' windows.
   */
  public LocalDate windowEnd(String claimId) {
    Negotiation negotiation = negotiation(claimId);
    if (negotiation.openedOn() == null) {
      throw new IllegalStateException("claim " + claimId + ": the negotiation letter has not gone out");
    }
    return windowEnd(together(claimId), negotiation.openedOn());
  }

  private LocalDate windowEnd(List<Member> together, LocalDate startedOn) {
    return together.stream().map(member -> payerRules.windowEnd(member.claim().payer().id(), startedOn,
        filingBound(member.claim()))).min(LocalDate::compareTo).orElseThrow();
  }

  /**
   * The last day the notice (outside federal IDR: the negotiation letter) may go out: OPEN_NEGOTIATION_INITIATION,
   * or outside federal IDR the filing bound; for a bundle the earliest of its claims' days.
   */
  public LocalDate noticeDueOn(String claimId) {
    return together(claimId).stream().map(member -> outsideFederalIdr(member.claim())
        ? filingBound(member.claim())
        : deadlines.find(member.claim().id(), OPEN_NEGOTIATION_INITIATION).orElseThrow(() ->
            new IllegalStateException("claim " + member.claim().id() + " has no " + OPEN_NEGOTIATION_INITIATION))
            .dueOn()).min(LocalDate::compareTo).orElseThrow();
  }

  /** A person mailed (or faxed, or uploaded) the notice: its dispatch date opens the negotiation. */
  @Transactional
  public void confirmNoticeDispatch(String claimId, LocalDate dispatchedOn, String proof, String user) {
    Negotiation negotiation = negotiation(claimId);
    var entry = correspondence.ofClaim(claimId).stream()
        .filter(item -> item.id().equals(negotiation.noticeCorrespondenceId())).findFirst()
        .orElseThrow(() -> new IllegalStateException("claim " + claimId + " has no notice to confirm"));
    if (entry.deliveryStatus() == DeliveryStatus.AWAITING_DISPATCH) {
      correspondence.confirmDispatch(entry.id(), dispatchedOn.atStartOfDay(clock.zone()).toInstant(), proof, user);
    }
    started(together(claimId), dispatchedOn, user);
  }

  /** Every claim of the letter starts its own period (its own deadlines) on the send date. */
  private void started(List<Member> together, LocalDate sentOn, String user) {
    for (Member member : together) {
      if (!outsideFederalIdr(member.claim())) {
        // the NSA's open negotiation period counts from this event; outside federal IDR the payer window does
        claims.recordEvent(member.claim().id(), CaseEvents.OPEN_NEGOTIATION_STARTED, sentOn, user, clock.now());
      }
      negotiations.open(member.negotiation().id(), sentOn);
    }
  }

  /**
   * A payer response arrives through the API: the waiting negotiation takes it (else {@link NothingWaiting}),
   * it becomes the next round, and the ledger records the inbound item.
   */
  @Transactional
  public Negotiation payerResponded(String claimId, PayerResponse response) {
    negotiations.findByClaim(claimId)
        .orElseThrow(() -> new NothingWaiting("claim " + claimId + " has no negotiation"));
    // a bundle's conversation runs in its lead's process, whichever of its claims the payer answered on
    String lead = bundles.leadOf(claimId);
    if (!workflow.payerResponded(lead, response)) {
      throw new NothingWaiting("the negotiation of claim " + claimId + " is not waiting for a payer response");
    }
    recordPayerResponse(lead, response, channel(claim(lead)));
    return negotiation(claimId);
  }

  /**
   * Records a payer response as the next round and as an inbound item of the ledger, received through
   * {@code channel}: the API's responses arrive through the notice's channel, staff record calls and letters
   * (task recordPayerResponse) with the channel they name. The process moves on by itself.
   */
  @Transactional
  public void recordPayerResponse(String claimId, PayerResponse response, Channel channel) {
    var together = together(claimId);
    int round = together.get(0).negotiation().nextRound();
    Kind kind = Kind.valueOf(response.responseType().name());
    var amounts = payerAmounts(together, response);
    var split = new StringBuilder();
    for (int i = 0; i < together.size(); i++) {
      negotiations.insertRoundIfAbsent(together.get(i).negotiation().id(),
          new Round(round, Party.PAYER, kind, amounts.get(i), response.receivedOn(), blankToNull(response.note())),
          clock.now());
      if (together.size() > 1 && amounts.get(i) != null) {
        split.append("\n").append(together.get(i).claim().claimNumber()).append(": ")
            .append(NegotiationPreparation.money(amounts.get(i)));
      }
    }
    Claim claim = claim(claimId);
    String note = nullToEmpty(blankToNull(response.note())) + split;
    correspondence.recordInbound(new InboundItem(claimId, claimIds(together), switch (response.responseType()) {
      case COUNTEROFFER -> CorrespondenceKind.PAYER_COUNTEROFFER;
      case ACCEPTED -> CorrespondenceKind.PAYER_ACCEPTANCE;
      case REJECTED -> CorrespondenceKind.PAYER_DENIAL;
    }, round, channel, claim.payer().email() != null ? claim.payer().email() : claim.payer().name(),
        response.receivedOn().atStartOfDay(clock.zone()).toInstant(),
        "Payer " + response.responseType().name().toLowerCase() + (response.amount() != null
            ? " " + NegotiationPreparation.money(response.amount()) : "") + ", " + claimNumbers(together),
        blankToNull(note.strip()), null, null));
  }

  /**
   * Each claim's part of the payer's amount: the amounts the payer named per claim, else its total split in
   * proportion to our latest offers (a claim alone takes the whole amount).
   */
  private static List<BigDecimal> payerAmounts(List<Member> together, PayerResponse response) {
    if (!response.amountsByClaim().isEmpty()) {
      return together.stream().map(member -> response.amountsByClaim().get(member.claim().id())).toList();
    }
    if (response.amount() == null) {
      return together.stream().map(member -> (BigDecimal) null).toList();
    }
    return Shares.split(response.amount(), together.stream()
        .map(member -> member.negotiation().lastProviderOffer().map(Round::amount).orElse(BigDecimal.ZERO)).toList());
  }

  /**
   * What is wrong with a payer response as staff or the API record it; empty when it may be recorded.
   * {@code amountsByClaim} (API only) names the payer's amount per claim of a bundle: then every claim of the
   * bundle needs one, and {@code amount}, when given, is their total.
   */
  public List<FieldProblem> responseProblems(String claimId, String responseType, BigDecimal amount,
      LocalDate receivedOn, String note, Map<String, BigDecimal> amountsByClaim) {
    var problems = new ArrayList<FieldProblem>();
    if (amountsByClaim != null && !amountsByClaim.isEmpty()) {
      var bundled = new TreeSet<>(negotiations.findByClaim(claimId).map(bundles::together).orElse(List.of())
          .stream().map(Negotiation::claimId).toList());
      if (!bundled.equals(new TreeSet<>(amountsByClaim.keySet()))) {
        problems.add(new FieldProblem("amountsByClaim", "must name an amount for each claim of the bundle "
            + bundled + " and no other"));
      } else if (amountsByClaim.values().stream().anyMatch(part -> part == null || part.signum() <= 0)) {
        problems.add(new FieldProblem("amountsByClaim", "every amount must be above zero"));
      } else if (amount != null
          && amount.compareTo(amountsByClaim.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)) != 0) {
        problems.add(new FieldProblem("amount", "must be the total of amountsByClaim, or be left out"));
      }
      if (amount == null && problems.isEmpty()) {
        amount = amountsByClaim.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      }
    }
    PayerResponse.Type type = null;
    if (responseType == null || responseType.isBlank()) {
      problems.add(new FieldProblem("responseType", "is required: COUNTEROFFER, ACCEPTED or REJECTED"));
    } else {
      try {
        type = PayerResponse.Type.valueOf(responseType);
      } catch (IllegalArgumentException unknown) {
        problems.add(new FieldProblem("responseType", "must be COUNTEROFFER, ACCEPTED or REJECTED"));
      }
    }
    if (type == PayerResponse.Type.COUNTEROFFER && amount == null) {
      problems.add(new FieldProblem("amount", "is required for a counteroffer"));
    } else if (amount != null && amount.signum() <= 0) {
      problems.add(new FieldProblem("amount", "must be above zero"));
    }
    if (receivedOn == null) {
      problems.add(new FieldProblem("receivedOn", "is required"));
    } else if (receivedOn.isAfter(clock.today())) {
      problems.add(new FieldProblem("receivedOn", "must not be in the future"));
    }
    // the round keeps the note in a VARCHAR(2000), the process in a String variable
    if (note != null && note.length() > MAX_NOTE_LENGTH) {
      problems.add(new FieldProblem("note", "is longer than " + MAX_NOTE_LENGTH + " characters"));
    }
    return problems;
  }

  /**
   * The last day the payer has to answer our latest letter before a follow-up is due: the letter's date plus
   * {@code payerResponseWindowBusinessDays} business days (the letter's own day not counted).
   */
  public LocalDate followUpDueOn(String claimId) {
    Negotiation negotiation = negotiation(claimId);
    var lastLetter = negotiation.lastProviderOffer()
        .orElseThrow(() -> new IllegalStateException("claim " + claimId + " has sent no letter to follow up"));
    LocalDate sentOn = lastLetter.round() == 0 && negotiation.openedOn() != null ? negotiation.openedOn()
        : lastLetter.on();
    return calendar.addBusinessDays(sentOn, rules.payerResponseWindowBusinessDays());
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
    Claim claim = claim(claimId);
    var together = together(claimId);
    Negotiation negotiation = together.get(0).negotiation();
    var rounds = negotiation.rounds();
    if (rounds.isEmpty() || rounds.get(rounds.size() - 1).party() == Party.PAYER) {
      return Optional.empty();
    }
    Round lastLetter = rounds.get(rounds.size() - 1);
    int followUpRound = (int) rounds.stream()
        .filter(r -> r.party() == Party.PROVIDER && r.kind() == Kind.COUNTEROFFER).count() + 1;
    String offers = String.join("; ", together.stream().map(member -> "claim " + member.claim().claimNumber()
        + " (service date " + member.claim().serviceDate() + "): " + NegotiationPreparation.money(
            member.negotiation().lastProviderOffer().map(Round::amount).orElseThrow())).toList());
    return Optional.of(queued(claimId, correspondence.send(new OutboundLetter(claimId, claimIds(together),
        CorrespondenceKind.FOLLOW_UP, followUpRound, channel(claim), recipient(claim),
        "Follow-up: our offer for " + claimNumbers(together),
        "We have not received your response to our offer of " + offers + ", sent on " + lastLetter.on()
            + ". Please answer with an acceptance or a counteroffer.\n\n" + provider.name()
            + "\n" + nullToEmpty(provider.email()) + "\n" + nullToEmpty(provider.phone()),
        null, null))));
  }

  /** A letter left in the outbox (mail, fax, portal) gets a person to dispatch it; e-mail has gone already. */
  private CorrespondenceEntry queued(String claimId, CorrespondenceEntry letter) {
    if (letter.deliveryStatus() == DeliveryStatus.AWAITING_DISPATCH) {
      workflow.letterAwaitsDispatch(claimId, letter);
    }
    return letter;
  }

  /** What is wrong with an evaluation of the payer's response; empty when it may be carried out. */
  public List<FieldProblem> evaluationProblems(String claimId, String decision, BigDecimal counterAmount) {
    var problems = new ArrayList<FieldProblem>();
    Negotiation negotiation = negotiation(claimId);
    var last = negotiation.lastPayerResponse();
    if (decision == null || !List.of("SETTLE", "COUNTER", "HOLD").contains(decision)) {
      problems.add(new FieldProblem("negotiationDecision", "Choose SETTLE, COUNTER or HOLD."));
    } else if (decision.equals("SETTLE") && agreedAmount(negotiation) == null) {
      problems.add(new FieldProblem("negotiationDecision",
          "There is no amount to settle at: the payer named none and rejected our offer."));
    } else if (decision.equals("SETTLE") && last.isPresent() && last.get().kind() == Kind.REJECTED) {
      problems.add(new FieldProblem("negotiationDecision", "The payer rejected our offer: counter or hold."));
    } else if (decision.equals("COUNTER") && (counterAmount == null || counterAmount.signum() <= 0)) {
      problems.add(new FieldProblem("counterAmount", "A counteroffer needs an amount above zero (counterAmount)."));
    }
    return problems;
  }

  /**
   * Sends our counteroffer as the next round, through the channel the notice used. For a bundle
   * {@code amount} is the total, split over its claims in proportion to their targets.
   */
  @Transactional
  public CorrespondenceEntry sendCounteroffer(String claimId, BigDecimal amount) {
    Claim claim = claim(claimId);
    var together = together(claimId);
    Negotiation negotiation = together.get(0).negotiation();
    var lastRound = negotiation.rounds().isEmpty() ? null : negotiation.rounds().get(negotiation.rounds().size() - 1);
    // a retried job finds its own round recorded and sends (idempotently) the same letter again
    int round = lastRound != null && lastRound.party() == Party.PROVIDER && lastRound.kind() == Kind.COUNTEROFFER
        ? lastRound.round() : negotiation.nextRound();
    var amounts = Shares.split(amount, together.stream().map(member -> member.negotiation().targetAmount()).toList());
    var offers = new StringBuilder();
    for (int i = 0; i < together.size(); i++) {
      negotiations.insertRoundIfAbsent(together.get(i).negotiation().id(),
          new Round(round, Party.PROVIDER, Kind.COUNTEROFFER, amounts.get(i), clock.today(), null), clock.now());
      if (together.size() > 1) {
        offers.append("\n- claim ").append(together.get(i).claim().claimNumber()).append(": ")
            .append(NegotiationPreparation.money(amounts.get(i)));
      }
    }
    // the ledger counts letters of a kind: our first counteroffer is COUNTEROFFER round 1
    int letterRound = (int) negotiation.rounds().stream()
        .filter(r -> r.party() == Party.PROVIDER && r.kind() == Kind.COUNTEROFFER && r.round() < round).count() + 1;
    return queued(claimId, correspondence.send(new OutboundLetter(claimId, claimIds(together),
        CorrespondenceKind.COUNTEROFFER,
        letterRound, channel(claim), recipient(claim),
        "Counteroffer " + letterRound + ", " + claimNumbers(together),
        (outsideFederalIdr(claim) ? "In the negotiation of " + claimNumbers(together) + " we offer "
            : "In the open negotiation of " + claimNumbers(together) + " under 45 CFR 149.510(b)(1)(ii) we offer ")
            + NegotiationPreparation.money(amount) + " as the total out-of-network rate, including cost sharing"
            + (together.size() > 1 ? ":" + offers : ".") + "\n\n"
            + provider.name() + "\n" + nullToEmpty(provider.email()) + "\n" + nullToEmpty(provider.phone()),
        null, null)));
  }

  /**
   * Settles at the payer's amount (or, when the payer accepted our offer without one, our last offer); a
   * bundle settles every claim at its own amount, and each claim's case goes on to its own payment watch, due
   * by the settlement payment deadline of rules/negotiation.yaml.
   */
  @Transactional
  public BigDecimal settle(String claimId) {
    BigDecimal leadAgreed = null;
    for (Member member : together(claimId)) {
      BigDecimal agreed = agreedAmount(member.negotiation());
      LocalDate today = clock.today();
      negotiations.settle(member.negotiation().id(), agreed, today);
      settlements.expect(member.claim().id(), PaymentSource.NEGOTIATED_SETTLEMENT, agreed, today,
          today.plusDays(rules.paymentDeadline().calendarDays()));
      if (member.claim().id().equals(claimId)) {
        leadAgreed = agreed;
      } else {
        workflow.bundleSettled(member.claim().id(), agreed);
      }
    }
    return leadAgreed;
  }

  /**
   * Ends the negotiation, whatever its state, at its filing bound: FAILED with APPEAL_FILING_MARGIN_REACHED on
   * the appeal pathway, STATE_FILING_MARGIN_REACHED before a state process.
   */
  @Transactional
  public void endAtFilingBound(String claimId) {
    fail(claimId, claim(claimId).pathway().filingBoundReason());
  }

  /**
   * Ends the negotiation as FAILED. The lead of a bundle ends it for every claim already handed to it (claims
   * still preparing go on alone); a claim that a deadline of its own ends leaves its bundle.
   */
  @Transactional
  public void fail(String claimId, String reason) {
    Negotiation negotiation = negotiation(claimId);
    var together = bundles.together(negotiation);
    if (negotiation.bundleId() != null && !together.get(0).claimId().equals(claimId)) {
      bundles.leave(negotiation);
    } else {
      for (Negotiation member : together.subList(1, together.size())) {
        if (!member.prepared()) {
          bundles.release(member);
          continue;
        }
        failed(member, reason);
        workflow.bundleFailed(member.claimId());
      }
    }
    failed(negotiation, reason);
  }

  private void failed(Negotiation negotiation, String reason) {
    negotiations.fail(negotiation.id(), reason);
    claims.moveTo(negotiation.claimId(), Stage.AWAITING_DISPUTE_STAGE);
  }

  /** Nothing in the process waits for this input now (answered 409). */
  public static class NothingWaiting extends RuntimeException {
    public NothingWaiting(String message) {
      super(message);
    }
  }

  private static BigDecimal agreedAmount(Negotiation negotiation) {
    var last = negotiation.lastPayerResponse();
    if (last.isPresent() && last.get().amount() != null && last.get().kind() != Kind.REJECTED) {
      return last.get().amount();
    }
    return negotiation.lastProviderOffer().map(Round::amount).orElse(null);
  }

  /** One item per claim line; the target is split over the lines in proportion to what was billed. */
  private static List<OpenNegotiationNotice.Item> items(Claim claim, BigDecimal target) {
    var itemType = switch (claim.serviceCategory()) {
      case EMERGENCY -> OpenNegotiationNotice.ItemType.EMERGENCY;
      case NON_EMERGENCY_AT_PARTICIPATING_FACILITY -> OpenNegotiationNotice.ItemType.NON_EMERGENCY_AT_PARTICIPATING_FACILITY;
      case AIR_AMBULANCE -> OpenNegotiationNotice.ItemType.AIR_AMBULANCE;
      case OTHER -> throw new IllegalStateException("claim " + claim.id() + " (" + ServiceCategory.OTHER
          + ") is no qualified IDR item: no open negotiation notice");
    };
    var items = new ArrayList<OpenNegotiationNotice.Item>();
    var offers = Shares.split(target, claim.lines().stream().map(ClaimLine::billedAmount).toList());
    for (int i = 0; i < claim.lines().size(); i++) {
      ClaimLine line = claim.lines().get(i);
      BigDecimal offer = offers.get(i);
      String denial = claim.denial() == null ? null
          : claim.denial().reasonCode() + " " + nullToEmpty(claim.denial().description()).trim();
      items.add(new OpenNegotiationNotice.Item(claim.claimNumber(), claim.serviceDate(), line.serviceCode(), itemType,
          claim.denial() == null ? line.paidOrZero() : null, denial, offer));
    }
    return items;
  }

  private Channel channel(Claim claim) {
    return route(claim).channel();
  }

  private String recipient(Claim claim) {
    return route(claim).recipient();
  }

  /**
   * The payer's route (rules/payers.yaml) in force today; once the notice is out, later letters go where it
   * went, as their channel already does, so a newer payer entry never splits a channel from its recipient.
   */
  private PayerNegotiationRules.Route route(Claim claim) {
    return negotiations.findByClaim(claim.id()).map(Negotiation::noticeCorrespondenceId)
        .flatMap(noticeId -> correspondence.ofClaim(claim.id()).stream()
            .filter(entry -> entry.id().equals(noticeId)).findFirst())
        .map(notice -> new PayerNegotiationRules.Route(notice.channel(), notice.recipient()))
        .orElseGet(() -> payerRules.routeFor(claim, clock.today()));
  }

  private Claim claim(String claimId) {
    return claims.findById(claimId).orElseThrow(() -> new IllegalArgumentException("no claim " + claimId));
  }

  private Negotiation negotiation(String claimId) {
    return negotiations.findByClaim(claimId)
        .orElseThrow(() -> new IllegalStateException("claim " + claimId + " has no negotiation"));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
