package org.claimrecovery.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.claimrecovery.negotiation.Negotiation.Kind;
import org.claimrecovery.negotiation.Negotiation.Party;
import org.claimrecovery.negotiation.Negotiation.Round;
import org.claimrecovery.refusal.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayerResponseChecksTest {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

  @ParameterizedTest(name = "{0} {1} received {2} → {3}")
  @CsvSource(nullValues = "null", value = {
      "COUNTEROFFER, 1400.00, 2026-06-09, ''",
      "ACCEPTED,     null,    2026-06-09, ''",
      "REJECTED,     null,    2026-06-10, ''",
      "COUNTEROFFER, null,    2026-06-09, amount",
      "COUNTEROFFER, -5,      2026-06-09, amount",
      "MAYBE,        null,    2026-06-09, responseType",
      "null,         null,    2026-06-09, responseType",
      "ACCEPTED,     null,    2026-06-11, receivedOn",
      "ACCEPTED,     null,    null,       receivedOn"})
  void aResponseNamesWhatIsWrongField(String type, BigDecimal amount, LocalDate receivedOn, String wrongField) {
    var problems = PayerResponseChecks.responseProblems(type, amount, receivedOn, null, null, List.of("c1"), TODAY);

    assertThat(problems).extracting(FieldProblem::field)
        .containsExactlyElementsOf(wrongField.isEmpty() ? List.of() : List.of(wrongField));
  }

  @Test
  void aNoteLongerThanTheRoundKeepsIsRefused() {
    assertThat(PayerResponseChecks.responseProblems("REJECTED", null, TODAY, "x".repeat(2001), null, List.of("c1"),
        TODAY)).extracting(FieldProblem::field).containsExactly("note");
  }

  @Test
  void amountsPerClaimCoverTheBundleExactlyAndAddUpToTheTotal() {
    var bundle = List.of("c1", "c2");
    var parts = Map.of("c1", new BigDecimal("1000"), "c2", new BigDecimal("500"));

    assertThat(PayerResponseChecks.responseProblems("COUNTEROFFER", null, TODAY, null, parts, bundle, TODAY))
        .as("the total is taken from the parts").isEmpty();
    assertThat(PayerResponseChecks.responseProblems("COUNTEROFFER", new BigDecimal("1400"), TODAY, null, parts,
        bundle, TODAY)).extracting(FieldProblem::field).containsExactly("amount");
    assertThat(PayerResponseChecks.responseProblems("COUNTEROFFER", null, TODAY, null,
        Map.of("c1", new BigDecimal("1000")), bundle, TODAY)).extracting(FieldProblem::field)
        .contains("amountsByClaim");
  }

  @Test
  void settlingNeedsAnAmountTheConversationAgreedOn() {
    var countered = negotiation(new Round(1, Party.PAYER, Kind.COUNTEROFFER, new BigDecimal("1400"), TODAY, null));
    var rejected = negotiation(new Round(1, Party.PAYER, Kind.REJECTED, null, TODAY, null));
    var accepted = negotiation(new Round(1, Party.PAYER, Kind.ACCEPTED, null, TODAY, null));

    assertThat(PayerResponseChecks.evaluationProblems(countered, "SETTLE", null)).isEmpty();
    assertThat(PayerResponseChecks.agreedAmount(countered)).isEqualByComparingTo("1400");
    assertThat(PayerResponseChecks.agreedAmount(accepted)).as("our last offer").isEqualByComparingTo("1800");
    assertThat(PayerResponseChecks.evaluationProblems(rejected, "SETTLE", null)).extracting(FieldProblem::message)
        .containsExactly("The payer rejected our offer: counter or hold.");
    assertThat(PayerResponseChecks.evaluationProblems(countered, "COUNTER", null)).extracting(FieldProblem::field)
        .containsExactly("counterAmount");
    assertThat(PayerResponseChecks.evaluationProblems(countered, "WAIT", null)).extracting(FieldProblem::field)
        .containsExactly("negotiationDecision");
  }

  private static Negotiation negotiation(Round payerAnswer) {
    return new Negotiation("n1", "c1", NegotiationStatus.OPEN, new BigDecimal("1800"), List.of(), null, "EMAIL",
        null, TODAY, null, null, null, null,
        List.of(new Round(0, Party.PROVIDER, Kind.OFFER, new BigDecimal("1800"), TODAY, null), payerAnswer));
  }
}
