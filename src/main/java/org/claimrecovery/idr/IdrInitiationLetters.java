package org.claimrecovery.idr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimrecovery.claims.Claim.ClaimLine;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.correspondence.Correspondence;
import org.claimrecovery.correspondence.CorrespondenceEntry;
import org.claimrecovery.correspondence.CorrespondenceKind;
import org.claimrecovery.correspondence.DeliveryStatus;
import org.claimrecovery.correspondence.IdrInitiationNotice;
import org.claimrecovery.correspondence.IdrInitiationNoticeRenderer;
import org.claimrecovery.correspondence.LetterTemplate;
import org.claimrecovery.correspondence.OpenNegotiationNotice;
import org.claimrecovery.correspondence.OutboundLetter;
import org.claimrecovery.correspondence.ProviderContact;
import org.claimrecovery.deadlines.CaseDeadlines;
import org.claimrecovery.deadlines.CaseEvents;
import org.claimrecovery.deadlines.Deadline;
import org.claimrecovery.negotiation.LetterRoutes;
import org.claimrecovery.negotiation.NegotiationWorkflow;
import org.claimrecovery.negotiation.PayerNegotiationRules;
import org.claimrecovery.negotiation.Shares;
import org.claimrecovery.text.Words;
import org.springframework.stereotype.Component;

/**
 * The notice of IDR initiation to the payer (round 0 of {@link CorrespondenceKind#IDR_INITIATION_NOTICE}): the
 * standard notice as a PDF, from the prepared dispute and the claim, with an e-mail naming our offer and offering a
 * paper copy free of charge. It goes where the open negotiation notice went ({@link LetterRoutes}); the ledger sends
 * it once per case, kind and round. Its words are in {@code templates/idr-initiation-notice-email.txt}.
 */
@Component
public class IdrInitiationLetters {

  static final LetterTemplate EMAIL = LetterTemplate.named("idr-initiation-notice-email.txt");

  private final FederalIdr idr;
  private final ClaimRepository claims;
  private final CaseDeadlines deadlines;
  private final LetterRoutes routes;
  private final IdrInitiationNoticeRenderer renderer;
  private final Correspondence correspondence;
  private final ProviderContact provider;
  private final NegotiationWorkflow letters;
  private final CaseClock clock;

  IdrInitiationLetters(FederalIdr idr, ClaimRepository claims, CaseDeadlines deadlines, LetterRoutes routes,
      IdrInitiationNoticeRenderer renderer, Correspondence correspondence, ProviderContact provider,
      NegotiationWorkflow letters, CaseClock clock) {
    this.idr = idr;
    this.claims = claims;
    this.deadlines = deadlines;
    this.routes = routes;
    this.renderer = renderer;
    this.correspondence = correspondence;
    this.provider = provider;
    this.letters = letters;
    this.clock = clock;
  }

  /**
   * Sends the notice unless the ledger has it already. A letter a person must mail, fax or upload waits in the
   * outbox, and a person is asked (once) to send it and record its dispatch, as for the negotiation's letters.
   *
   * @throws IllegalStateException when the dispute has no prepared offer, the open negotiation's dates are unknown or
   *     no signer is configured: nothing is sent
   */
  public CorrespondenceEntry send(String claimId) {
    Claim claim = claims.findById(claimId).orElseThrow();
    // a batch's notice lists the items of each of its claims, each with its own offer
    var batch = new ArrayList<Claim>();
    var items = new ArrayList<IdrInitiationNotice.Item>();
    for (String id : idr.batchOf(claimId)) {
      Claim filed = claims.findById(id).orElseThrow();
      var dispute = idr.of(id).filter(IdrDispute::prepared).orElseThrow(() -> new IllegalStateException("claim "
          + filed.claimNumber() + ": no prepared IDR dispute with our offer; the notice of IDR initiation is not sent"));
      batch.add(filed);
      items.addAll(items(filed, dispute.offerAmount()));
    }
    LocalDate negotiationStartedOn = claims.events(claimId).get(CaseEvents.OPEN_NEGOTIATION_STARTED);
    LocalDate periodEnd = deadlines.find(claimId, "OPEN_NEGOTIATION_PERIOD_END").map(Deadline::dueOn).orElse(null);
    if (negotiationStartedOn == null || periodEnd == null) {
      throw new IllegalStateException("claim " + claimId + ": the open negotiation period is not known (notice sent "
          + negotiationStartedOn + ", period end " + periodEnd + "); the notice of IDR initiation is not sent");
    }
    var route = routes.of(claim);
    var notice = notice(claim, idr.of(claimId).orElseThrow(), items, route, provider, clock.today(),
        negotiationStartedOn, periodEnd);
    var entry = correspondence.send(letter(claim, batch, notice, route, provider, renderer.render(notice)));
    if (entry.deliveryStatus() == DeliveryStatus.AWAITING_DISPATCH) {
      letters.letterAwaitsDispatch(claimId, entry);
    }
    return entry;
  }

  /** The notice's content: the items of every claim filed in the dispute ({@link #items}). */
  static IdrInitiationNotice notice(Claim claim, IdrDispute dispute, List<IdrInitiationNotice.Item> items,
      PayerNegotiationRules.Route route, ProviderContact provider, LocalDate initiatedOn,
      LocalDate negotiationStartedOn, LocalDate periodEnd) {
    // the preferred entity needs its certification number, which rules/idr.yaml does not carry: none preferred
    return new IdrInitiationNotice(initiatedOn, provider.asNoticeContact(),
        new OpenNegotiationNotice.Payer(claim.payer().name(), route.recipient()),
        items, negotiationStartedOn, periodEnd, null, false, null,
        dispute.disputeNumber(), provider.asNoticeSigner());
  }

  /**
   * The e-mail (or cover text) with the PDF, round 0, to the route's recipient with its basis, on the lead claim's
   * ledger for every claim of the batch.
   */
  static OutboundLetter letter(Claim claim, List<Claim> batch, IdrInitiationNotice notice,
      PayerNegotiationRules.Route route, ProviderContact provider, byte[] pdf) {
    var values = new HashMap<String, Object>();
    values.put("claims", batch.size() == 1 ? "claim " + claim.claimNumber()
        : "claims " + String.join(", ", batch.stream().map(Claim::claimNumber).toList()) + " (one batched dispute)");
    values.put("initiatedOn", notice.initiatedOn());
    values.put("openNegotiationPeriodEnd", notice.openNegotiationPeriodEnd());
    values.put("items", notice.items().stream().map(item -> Map.of("claimNumber", item.claimNumber(),
        "serviceCode", item.serviceCode(),
        "offer", Words.money(item.offer()))).toList());
    values.put("total", Words.money(notice.items().stream().map(IdrInitiationNotice.Item::offer)
        .reduce(BigDecimal.ZERO, BigDecimal::add)));
    values.put("providerName", provider.name());
    values.put("providerEmail", provider.email());
    values.put("providerPhone", provider.phone());
    values.put("providerMailingAddress", provider.mailingAddress());
    var signer = notice.signer();
    values.put("signedBy", signer.role() == null || signer.role().isBlank() ? signer.name()
        : signer.name() + ", " + signer.role().strip());
    return new OutboundLetter(claim.id(), batch.stream().map(Claim::id).toList(),
        CorrespondenceKind.IDR_INITIATION_NOTICE, 0,
        route.channel(), route.recipient(), EMAIL.subject(values), EMAIL.body(values), pdf,
        "idr-initiation-notice-" + claim.claimNumber() + ".pdf", route.basis());
  }

  /** One item per claim line, as the open negotiation notice has them; the offer split in proportion to billed. */
  static List<IdrInitiationNotice.Item> items(Claim claim, BigDecimal offer) {
    var itemType = switch (claim.serviceCategory()) {
      // post-stabilization services are emergency services under the Act (45 CFR 149.110(c)(2)(ii))
      case EMERGENCY, POST_STABILIZATION -> OpenNegotiationNotice.ItemType.EMERGENCY;
      case NON_EMERGENCY_AT_PARTICIPATING_FACILITY -> OpenNegotiationNotice.ItemType.NON_EMERGENCY_AT_PARTICIPATING_FACILITY;
      case AIR_AMBULANCE -> OpenNegotiationNotice.ItemType.AIR_AMBULANCE;
      case LABORATORY_OR_IMAGING, OTHER -> throw new IllegalStateException("claim " + claim.id() + " ("
          + claim.serviceCategory() + ") is no qualified IDR item: no notice of IDR initiation");
    };
    var furnishedBy = new OpenNegotiationNotice.Provider(claim.provider().name(), claim.provider().npi(),
        claim.provider().tin());
    String denial = claim.denial() == null ? null : claim.denial().reason();
    var offers = Shares.split(offer, claim.lines().stream().map(ClaimLine::billedAmount).toList());
    var items = new ArrayList<IdrInitiationNotice.Item>();
    for (int i = 0; i < claim.lines().size(); i++) {
      ClaimLine line = claim.lines().get(i);
      items.add(new IdrInitiationNotice.Item(claim.claimNumber(), claim.serviceDate(), line.serviceCode(),
          line.description(), itemType, line.qpa(), denial == null ? line.paidOrZero() : null, denial,
          offers.get(i), furnishedBy));
    }
    return items;
  }
}
