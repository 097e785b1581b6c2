package org.claimrecovery.negotiation;

import static org.claimrecovery.negotiation.NegotiationPreparation.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimrecovery.claims.Claim.ClaimLine;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.correspondence.CorrespondenceKind;
import org.claimrecovery.correspondence.LetterTemplate;
import org.claimrecovery.correspondence.NoticeRenderer;
import org.claimrecovery.correspondence.OpenNegotiationNotice;
import org.claimrecovery.correspondence.OutboundLetter;
import org.claimrecovery.correspondence.ProviderContact;
import org.claimrecovery.negotiation.Conversation.Member;
import org.springframework.stereotype.Component;

/**
 * The letters of a negotiation, each to every claim of its conversation: the open negotiation notice (a PDF
 * with its e-mail), outside federal IDR the negotiation letter, follow-ups and counteroffers. Their words are in
 * {@code templates/}; this class only fills in the claims' facts and amounts.
 */
@Component
class NegotiationLetters {

  private static final LetterTemplate NOTICE_EMAIL = LetterTemplate.named("open-negotiation-notice-email.txt");
  private static final LetterTemplate NEGOTIATION_LETTER = LetterTemplate.named("negotiation-letter.txt");
  private static final LetterTemplate FOLLOW_UP = LetterTemplate.named("follow-up-letter.txt");
  private static final LetterTemplate COUNTEROFFER = LetterTemplate.named("counteroffer-letter.txt");

  private final NoticeRenderer renderer;
  private final ProviderContact provider;
  private final CaseClock clock;

  NegotiationLetters(NoticeRenderer renderer, ProviderContact provider, CaseClock clock) {
    this.renderer = renderer;
    this.provider = provider;
    this.clock = clock;
  }

  /**
   * The open negotiation notice (round 0): the standard notice as a PDF, with an e-mail that names the offers
   * and offers a paper copy free of charge (45 CFR 149.510(b)(1)(ii)(B)). The route's basis goes to the ledger.
   *
   * @throws IllegalStateException when no signer is configured: nothing is sent
   */
  OutboundLetter notice(Conversation conversation, PayerNegotiationRules.Route route) {
    Claim lead = conversation.lead().claim();
    var signer = provider.asNoticeSigner();
    var notice = new OpenNegotiationNotice(provider.asNoticeContact(),
        new OpenNegotiationNotice.Payer(lead.payer().name(), route.recipient()),
        conversation.members().stream()
            .flatMap(member -> items(member.claim(), member.negotiation().targetAmount()).stream()).toList(),
        clock.today(), null, signer);
    var values = letter(conversation);
    values.put("providerMailingAddress", provider.mailingAddress());
    values.put("signedBy", signer.role() == null || signer.role().isBlank() ? signer.name()
        : signer.name() + ", " + signer.role().strip());
    values.put("claims", conversation.members().stream().map(member -> Map.of(
        "claimNumber", member.claim().claimNumber(), "offer", money(member.negotiation().targetAmount()))).toList());
    return new OutboundLetter(lead.id(), conversation.claimIds(), CorrespondenceKind.OPEN_NEGOTIATION_NOTICE, 0,
        route.channel(), route.recipient(), NOTICE_EMAIL.subject(values), NOTICE_EMAIL.body(values),
        renderer.render(notice), "open-negotiation-notice-" + lead.claimNumber() + ".pdf", route.basis());
  }

  /**
   * Outside federal IDR there is no open negotiation notice under 45 CFR 149.510: a plain letter (round 0) with
   * the items and our offer opens the payer's window, to be answered by {@code answerBy}.
   */
  OutboundLetter negotiationLetter(Conversation conversation, PayerNegotiationRules.Route route, LocalDate answerBy) {
    var values = letter(conversation);
    values.put("answerBy", answerBy);
    values.put("claims", conversation.members().stream().map(NegotiationLetters::claimFacts).toList());
    return new OutboundLetter(conversation.lead().claim().id(), conversation.claimIds(),
        CorrespondenceKind.NEGOTIATION_LETTER, 0, route.channel(), route.recipient(),
        NEGOTIATION_LETTER.subject(values), NEGOTIATION_LETTER.body(values), null, null, route.basis());
  }

  /** The payer has not answered our latest letter, sent on {@code sentOn}: our offers stand. */
  OutboundLetter followUp(Conversation conversation, PayerNegotiationRules.Route route, int round, LocalDate sentOn) {
    var values = letter(conversation);
    values.put("sentOn", sentOn);
    values.put("claims", conversation.members().stream().map(member -> Map.of(
        "claimNumber", member.claim().claimNumber(), "serviceDate", member.claim().serviceDate(),
        "offer", money(member.negotiation().lastProviderOffer().map(Negotiation.Round::amount).orElseThrow())))
        .toList());
    return new OutboundLetter(conversation.lead().claim().id(), conversation.claimIds(),
        CorrespondenceKind.FOLLOW_UP, round, route.channel(), route.recipient(), FOLLOW_UP.subject(values),
        FOLLOW_UP.body(values), null, null, route.basis());
  }

  /** Our counteroffer of {@code total}, {@code amounts} the part of each claim of the conversation. */
  OutboundLetter counteroffer(Conversation conversation, PayerNegotiationRules.Route route, int letterRound,
      BigDecimal total, List<BigDecimal> amounts, boolean openNegotiation) {
    var values = letter(conversation);
    values.put("letterRound", letterRound);
    values.put("total", money(total));
    values.put("openNegotiation", openNegotiation);
    values.put("bundled", conversation.bundled());
    var claims = new ArrayList<Map<String, ?>>();
    for (int i = 0; i < amounts.size(); i++) {
      claims.add(Map.of("claimNumber", conversation.members().get(i).claim().claimNumber(),
          "offer", money(amounts.get(i))));
    }
    values.put("claims", claims);
    return new OutboundLetter(conversation.lead().claim().id(), conversation.claimIds(),
        CorrespondenceKind.COUNTEROFFER, letterRound, route.channel(), route.recipient(),
        COUNTEROFFER.subject(values), COUNTEROFFER.body(values), null, null, route.basis());
  }

  /** What every letter names: the claims and who writes. */
  private Map<String, Object> letter(Conversation conversation) {
    var values = new HashMap<String, Object>();
    values.put("claimNumbers", conversation.claimNumbers());
    values.put("providerName", provider.name());
    values.put("providerEmail", provider.email());
    values.put("providerPhone", provider.phone());
    return values;
  }

  private static Map<String, ?> claimFacts(Member member) {
    Claim claim = member.claim();
    Negotiation negotiation = member.negotiation();
    var facts = new HashMap<String, Object>();
    facts.put("claimNumber", claim.claimNumber());
    facts.put("serviceDate", claim.serviceDate());
    facts.put("patientAccount", optional(claim.patientAccount() == null ? null
        : Map.of("number", claim.patientAccount())));
    facts.put("denial", optional(claim.denial() == null ? null : Map.of(
        "reason", claim.denial().reason(),
        "receivedOn", claim.denial().receivedOn())));
    facts.put("initialPayment", optional(claim.denial() != null || claim.initialPayment() == null ? null : Map.of(
        "amount", money(claim.initialPayment().amount()), "receivedOn", claim.initialPayment().receivedOn())));
    facts.put("lines", claim.lines().stream().map(line -> Map.of("serviceCode", line.serviceCode(),
        "billed", money(line.billedAmount()), "paid", money(line.paidOrZero()))).toList());
    facts.put("offer", money(negotiation.targetAmount()));
    facts.put("justification", optional(negotiation.justification() == null ? null
        : Map.of("text", negotiation.justification())));
    return facts;
  }

  /** A section shown once with its values, or not at all. */
  private static List<Map<String, ?>> optional(Map<String, ?> values) {
    return values == null ? List.of() : List.of(values);
  }

  /** One item per claim line; the target is split over the lines in proportion to what was billed. */
  private static List<OpenNegotiationNotice.Item> items(Claim claim, BigDecimal target) {
    var itemType = switch (claim.serviceCategory()) {
      // post-stabilization services are emergency services under the Act (45 CFR 149.110(c)(2)(ii))
      case EMERGENCY, POST_STABILIZATION -> OpenNegotiationNotice.ItemType.EMERGENCY;
      case NON_EMERGENCY_AT_PARTICIPATING_FACILITY -> OpenNegotiationNotice.ItemType.NON_EMERGENCY_AT_PARTICIPATING_FACILITY;
      case AIR_AMBULANCE -> OpenNegotiationNotice.ItemType.AIR_AMBULANCE;
      case LABORATORY_OR_IMAGING, OTHER -> throw new IllegalStateException("claim " + claim.id() + " ("
          + claim.serviceCategory() + ") is no qualified IDR item: no open negotiation notice");
    };
    // the claim's provider, not the configured contact, is the party that initiates (45 CFR 149.510(b)(1)(i))
    var furnishedBy = new OpenNegotiationNotice.Provider(claim.provider().name(), claim.provider().npi(),
        claim.provider().tin());
    var items = new ArrayList<OpenNegotiationNotice.Item>();
    var offers = Shares.split(target, claim.lines().stream().map(ClaimLine::billedAmount).toList());
    for (int i = 0; i < claim.lines().size(); i++) {
      ClaimLine line = claim.lines().get(i);
      String denial = claim.denial() == null ? null : claim.denial().reason();
      items.add(new OpenNegotiationNotice.Item(claim.claimNumber(), claim.serviceDate(), line.serviceCode(),
          itemType, claim.denial() == null ? line.paidOrZero() : null, denial, offers.get(i), furnishedBy,
          line.description()));
    }
    return items;
  }
}
