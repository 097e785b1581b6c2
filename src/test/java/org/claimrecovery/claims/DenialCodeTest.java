package org.claimrecovery.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** X12 835 CAS: CAS01 the claim adjustment group code, CAS02 the claim adjustment reason code (1 to 3 characters). */
class DenialCodeTest {

  @ParameterizedTest(name = "X12 835 CAS01/CAS02: \"{0}\" is group {1}, CARC {2}, written {3}")
  @CsvSource(delimiter = '|', nullValues = "-", ignoreLeadingAndTrailingWhitespace = false, textBlock = """
      50|-|50|50
      197|-|197|197
      A1|-|A1|A1
      b7|-|B7|B7
      CO-50|CO|50|CO-50
      CO50|CO|50|CO-50
      co-50|CO|50|CO-50
      CO 50|CO|50|CO-50
       co - 50 |CO|50|CO-50
      PR-96|PR|96|PR-96
      OA-23|OA|23|OA-23
      PI-197|PI|197|PI-197
      CR-A1|CR|A1|CR-A1
      PIA1|PI|A1|PI-A1
      """)
  void aCarcIsReadAloneOrAfterItsGroupCode(String written, ClaimAdjustmentGroup group, String carc, String asWritten) {
    assertThat(DenialCode.parse(written)).hasValueSatisfying(code -> {
      assertThat(code.group()).isEqualTo(group);
      assertThat(code.carc()).isEqualTo(carc);
      assertThat(code).hasToString(asWritten);
    });
  }

  @ParameterizedTest(name = "\"{0}\" is no denial code")
  @ValueSource(strings = {"", " ", "CO", "CO-", "-50", "XX-50", "AB", "ABC", "1234", "CO-1234", "CO--50", "CO_50",
      "CO/50", "50-CO", "C0-50", "CO-5 0", "CARC 50"})
  void anythingElseIsRefused(String written) {
    assertThat(DenialCode.parse(written)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void nothingIsNoCode() {
    assertThat(DenialCode.parse(null)).isEmpty();
  }
}
