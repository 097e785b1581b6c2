package org.claimrecovery.negotiation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.claimrecovery.negotiation.Negotiation.Kind;
import org.claimrecovery.negotiation.Negotiation.Round;
import org.claimrecovery.refusal.FieldProblem;

/** The rules a payer response, and a person's decision on it, must meet: plain checks on plain values. */
final class PayerResponseChecks {

  static final int MAX_NOTE_LENGTH = 2000;

  private PayerResponseChecks() {}

  /**
   * What is wrong with a payer response; empty when it may be recorded. {@code bundledClaimIds} are the claims
   * of the response's conversation: {@code amountsByClaim}, when given, names an amount for each of them.
   */
  static List<FieldProblem> responseProblems(String responseType, BigDecimal amount, LocalDate receivedOn,
      String note, Map<String, BigDecimal> amountsByClaim, Collection<String> bundledClaimIds, LocalDate today) {
    var problems = new ArrayList<FieldProblem>();
    if (amountsByClaim != null && !amountsByClaim.isEmpty()) {
      var bundled = new TreeSet<>(bundledClaimIds);
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
    } else if (receivedOn.isAfter(today)) {
      problems.add(new FieldProblem("receivedOn", "must not be in the future"));
    }
    // the round keeps the note in a VARCHAR(2000), the process in a String variable
    if (note != null && note.length() > MAX_NOTE_LENGTH) {
      problems.add(new FieldProblem("note", "is longer than " + MAX_NOTE_LENGTH + " characters"));
    }
    return problems;
  }

  /** What is wrong with a decision on the payer's latest response; empty when it may be carried out. */
  static List<FieldProblem> evaluationProblems(Negotiation negotiation, String decision, BigDecimal counterAmount) {
    var problems = new ArrayList<FieldProblem>();
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

  /** What settling agrees to: the payer's amount, or when it accepted our offer without one, our last offer. */
  static BigDecimal agreedAmount(Negotiation negotiation) {
    var last = negotiation.lastPayerResponse();
    if (last.isPresent() && last.get().amount() != null && last.get().kind() != Kind.REJECTED) {
      return last.get().amount();
    }
    return negotiation.lastProviderOffer().map(Round::amount).orElse(null);
  }
}
