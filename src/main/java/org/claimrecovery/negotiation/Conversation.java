package org.claimrecovery.negotiation;

import java.util.List;
import org.claimrecovery.claims.Claim;

/**
 * The claims one conversation with the payer carries, lead first: a bundle, or one claim alone. Every letter and
 * every round of the conversation acts on each of them, with each claim's own amounts.
 */
record Conversation(List<Member> members) {

  /** A claim of the conversation and its own negotiation record. */
  record Member(Claim claim, Negotiation negotiation) {}

  Conversation {
    members = List.copyOf(members);
  }

  Member lead() {
    return members.get(0);
  }

  boolean bundled() {
    return members.size() > 1;
  }

  List<String> claimIds() {
    return members.stream().map(member -> member.claim().id()).toList();
  }

  /** "claim A-1" or "claims A-1, A-2", as letters name them. */
  String claimNumbers() {
    return (bundled() ? "claims " : "claim ")
        + String.join(", ", members.stream().map(member -> member.claim().claimNumber()).toList());
  }
}
