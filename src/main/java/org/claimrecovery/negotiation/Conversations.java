package org.claimrecovery.negotiation;

import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimRepository;
import org.springframework.stereotype.Component;

/** Finds the conversation a claim's negotiation is part of: its bundle, lead first, or the claim alone. */
@Component
class Conversations {

  private final NegotiationRepository negotiations;
  private final NegotiationBundles bundles;
  private final ClaimRepository claims;

  Conversations(NegotiationRepository negotiations, NegotiationBundles bundles, ClaimRepository claims) {
    this.negotiations = negotiations;
    this.bundles = bundles;
    this.claims = claims;
  }

  Conversation of(String claimId) {
    return new Conversation(bundles.together(negotiation(claimId)).stream()
        .map(negotiation -> new Conversation.Member(claim(negotiation.claimId()), negotiation)).toList());
  }

  Claim claim(String claimId) {
    return claims.findById(claimId).orElseThrow(() -> new IllegalArgumentException("no claim " + claimId));
  }

  Negotiation negotiation(String claimId) {
    return negotiations.findByClaim(claimId)
        .orElseThrow(() -> new IllegalStateException("claim " + claimId + " has no negotiation"));
  }
}
