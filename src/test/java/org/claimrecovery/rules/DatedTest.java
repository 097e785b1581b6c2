package org.claimrecovery.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatedTest {

  record Version(String name, LocalDate effectiveFrom, LocalDate effectiveTo) implements Dated {}

  /** Two closed versions with a gap, then an open-ended one that a later entry supersedes. */
  static final List<Version> VERSIONS = List.of(
      new Version("2022", LocalDate.of(2022, 1, 1), LocalDate.of(2026, 8, 2)),
      new Version("2026", LocalDate.of(2026, 8, 3), null),
      new Version("2027", LocalDate.of(2027, 1, 1), null),
      new Version("early", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));

  @ParameterizedTest(name = "on {0}: {1}")
  @CsvSource({
      "2019-12-31, ",
      "2020-12-31, early",
      "2021-06-01, ",
      "2022-01-01, 2022",
      "2026-08-02, 2022",
      "2026-08-03, 2026",
      "2026-12-31, 2026",
      "2027-01-01, 2027",
  })
  void theEntryInForceIsTheLatestWhoseRangeHoldsTheDay(LocalDate day, String expected) {
    assertThat(Dated.inForceOn(VERSIONS, day).map(Version::name).orElse(null)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}..{1} and {2}..{3} overlap: {4}")
  @CsvSource({
      "2022-01-01, 2026-08-02, 2026-08-03,           , false",
      "2022-01-01, 2026-08-03, 2026-08-03,           , true",
      "2022-01-01,           , 2030-01-01, 2030-12-31, true",
      "2030-01-01, 2030-12-31, 2022-01-01, 2029-12-31, false",
  })
  void effectiveDatesOverlapWhenSomeDayLiesInBoth(LocalDate from1, LocalDate to1, LocalDate from2, LocalDate to2,
      boolean overlap) {
    assertThat(new Version("a", from1, to1).overlaps(new Version("b", from2, to2))).isEqualTo(overlap);
  }
}
