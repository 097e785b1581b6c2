package org.claimrecovery.negotiation;

import org.claimrecovery.claims.Claim;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.correspondence.Correspondence;
import org.springframework.stereotype.Component;

/**
 * Where a negotiation's letters go: the channel and recipient of the payer (rules/payers.yaml). Public for federal
 * IDR: the notice of IDR initiation goes where the open negotiation notice went.
 */
@Component
public class LetterRoutes {

  private final NegotiationRepository negotiations;
  private final Correspondence correspondence;
  private final PayerNegotiationRules payerRules;
  private final CaseClock clock;

  LetterRoutes(NegotiationRepository negotiations, Correspondence correspondence, PayerNegotiationRules payerRules,
      CaseClock clock) {
    this.negotiations = negotiations;
    this.correspondence = correspondence;
    this.payerRules = payerRules;
    this.clock = clock;
  }

  /**
   * The payer's route in force today; once the notice is out, later letters go where it went, as their channel
   * already does, so a newer payer entry never splits a channel from its recipient.
   */
  public PayerNegotiationRules.Route of(Claim claim) {
    return negotiations.findByClaim(claim.id()).map(Negotiation::noticeCorrespondenceId)
        .flatMap(noticeId -> correspondence.ofClaim(claim.id()).stream()
            .filter(entry -> entry.id().equals(noticeId)).findFirst())
        .map(notice -> new PayerNegotiationRules.Route(notice.channel(), notice.recipient(),
            "where the open negotiation notice went: " + (notice.deliveryBasis() != null ? notice.deliveryBasis()
                // a notice sent before the ledger recorded a basis (V10)
                : "its basis was not recorded")))
        .orElseGet(() -> payerRules.routeFor(claim, clock.today()));
  }
}
