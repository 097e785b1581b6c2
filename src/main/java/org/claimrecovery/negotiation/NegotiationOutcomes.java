package org.claimrecovery.negotiation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.claims.Stage;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.settlement.PaymentSource;
import org.claimrecovery.settlement.Settlements;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a negotiation ends: SETTLED, each claim handed to the payment watch (settlement/) with its own amount and
 * deadline, or FAILED, each claim waiting at the dispute stage with its final offer recorded where a state's deadline
 * counts from it ({@link FinalOffers}). The lead of a bundle ends it for every claim of the conversation.
 */
@Service
public class NegotiationOutcomes {

  private final NegotiationRepository negotiations;
  private final Conversations conversations;
  private final NegotiationBundles bundles;
  private final NegotiationDates dates;
  private final NegotiationWorkflow workflow;
  private final ClaimRepository claims;
  private final Settlements settlements;
  private final FinalOffers finalOffers;
  private final CaseClock clock;

  NegotiationOutcomes(NegotiationRepository negotiations, Conversations conversations, NegotiationBundles bundles,
      NegotiationDates dates, NegotiationWorkflow workflow, ClaimRepository claims, Settlements settlements,
      FinalOffers finalOffers, CaseClock clock) {
    this.negotiations = negotiations;
    this.conversations = conversations;
    this.bundles = bundles;
    this.dates = dates;
    this.workflow = workflow;
    this.claims = claims;
    this.settlements = settlements;
    this.finalOffers = finalOffers;
    this.clock = clock;
  }

  /**
   * Settles at the payer's amount (or, when the payer accepted our offer without one, our last offer); a
   * bundle settles every claim at its own amount, and each claim's case goes on to its own payment watch, due
   * by the settlement payment deadline of rules/negotiation.yaml.
   */
  @Transactional
  public BigDecimal settle(String claimId) {
    BigDecimal leadAgreed = null;
    for (var member : conversations.of(claimId).members()) {
      BigDecimal agreed = PayerResponseChecks.agreedAmount(member.negotiation());
      LocalDate today = clock.today();
      negotiations.settle(member.negotiation().id(), agreed, today);
      settlements.expect(member.claim().id(), PaymentSource.NEGOTIATED_SETTLEMENT, agreed, today,
          dates.settlementPaymentDueOn(today), dates.settlementPaymentCitation());
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
    fail(claimId, conversations.claim(claimId).pathway().filingBoundReason());
  }

  /**
   * Ends the negotiation as FAILED. The lead of a bundle ends it for every claim already handed to it (claims
   * still preparing go on alone); a claim that a deadline of its own ends leaves its bundle.
   */
  @Transactional
  public void fail(String claimId, String reason) {
    Negotiation negotiation = conversations.negotiation(claimId);
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
    // before the case's process picks the dispute mechanism: a state's filing deadline may count from it
    finalOffers.negotiationFailed(negotiation);
    claims.moveTo(negotiation.claimId(), Stage.AWAITING_DISPUTE_STAGE);
  }
}
