package org.claimrecovery.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.claimrecovery.negotiation.Negotiation.Kind;
import org.claimrecovery.negotiation.Negotiation.Party;
import org.claimrecovery.negotiation.Negotiation.Round;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The day of the final offer a state's arbitration window counts from (N.J.S.A. 26:2SS-10: "within 90 days of the
 * final offer"), for a negotiation that ended on 2026-07-03 after the payer paid on 2026-06-01.
 */
class FinalOffersTest {

  static final LocalDate ENDED_ON = LocalDate.of(2026, 7, 3);

  @ParameterizedTest(name = "N.J.S.A. 26:2SS-10, {0}: final offer on {3}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      our letter alone                        | 2026-06-01 | PROVIDER OFFER 2026-06-02                                                              | 2026-06-02
      the payer countered last                | 2026-06-01 | PROVIDER OFFER 2026-06-02, PAYER COUNTEROFFER 2026-06-09, PROVIDER COUNTEROFFER 2026-06-10, PAYER COUNTEROFFER 2026-06-15 | 2026-06-15
      we countered last                       | 2026-06-01 | PROVIDER OFFER 2026-06-02, PAYER COUNTEROFFER 2026-06-09, PROVIDER COUNTEROFFER 2026-06-10 | 2026-06-10
      a rejection answers, it offers nothing  | 2026-06-01 | PROVIDER OFFER 2026-06-02, PAYER REJECTED 2026-06-20                                     | 2026-06-02
      an acceptance offers nothing new        | 2026-06-01 | PROVIDER OFFER 2026-06-02, PAYER ACCEPTED 2026-06-20                                     | 2026-06-02
      no offer exchanged: the payment         | 2026-06-01 | null                                                                                   | 2026-06-01
      an offer dated before the payment       | 2026-06-01 | PAYER COUNTEROFFER 2026-05-20                                                          | 2026-06-01
      neither offer nor payment: the end      | null       | null                                                                                   | 2026-07-03
      """)
  void theFinalOfferIsTheLastOfferExchanged(String example, LocalDate paidOn, String rounds, LocalDate madeOn) {
    assertThat(FinalOffers.madeOn(negotiation(rounds), Optional.ofNullable(paidOn), ENDED_ON)).isEqualTo(madeOn);
  }

  /** Rounds written as "PARTY KIND yyyy-mm-dd", comma-separated. */
  private static Negotiation negotiation(String rounds) {
    List<String> written = rounds == null ? List.of() : Arrays.stream(rounds.split(",")).map(String::strip).toList();
    var parsed = new java.util.ArrayList<Round>();
    for (int i = 0; i < written.size(); i++) {
      String[] parts = written.get(i).split(" ");
      Kind kind = Kind.valueOf(parts[1]);
      parsed.add(new Round(i, Party.valueOf(parts[0]), kind,
          kind == Kind.REJECTED ? null : new BigDecimal("1000.00"), LocalDate.parse(parts[2]), null));
    }
    return new Negotiation("n1", "c1", NegotiationStatus.FAILED, new BigDecimal("1800.00"), List.of(), null,
        "EMAIL", null, LocalDate.of(2026, 6, 2), null, null, "NEGOTIATION_WINDOW_ENDED", null, parsed);
  }
}
