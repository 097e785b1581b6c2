package org.claimrecovery.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharesTest {

  @Test
  void splitsInProportionAndTheLastShareTakesTheRounding() {
    var shares = Shares.split(new BigDecimal("100.00"),
        List.of(new BigDecimal("1"), new BigDecimal("1"), new BigDecimal("1")));
    assertThat(shares).containsExactly(new BigDecimal("33.33"), new BigDecimal("33.33"), new BigDecimal("33.34"));
    assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100.00");
  }

  @Test
  void followsTheWeights() {
    assertThat(Shares.split(new BigDecimal("4000.00"),
        List.of(new BigDecimal("1800"), new BigDecimal("1800"), new BigDecimal("900"))))
        .containsExactly(new BigDecimal("1600.00"), new BigDecimal("1600.00"), new BigDecimal("800.00"));
  }

  @Test
  void aSingleWeightTakesTheWholeAmount() {
    assertThat(Shares.split(new BigDecimal("1234.56"), List.of(new BigDecimal("7"))))
        .containsExactly(new BigDecimal("1234.56"));
  }

  @Test
  void weightsOfZeroShareEqually() {
    assertThat(Shares.split(new BigDecimal("10.00"), List.of(BigDecimal.ZERO, BigDecimal.ZERO)))
        .containsExactly(new BigDecimal("5.00"), new BigDecimal("5.00"));
  }
}
