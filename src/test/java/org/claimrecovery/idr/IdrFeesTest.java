package org.claimrecovery.idr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.claimrecovery.idr.IdrRules.DisputeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The fees of the shipped rules/idr.yaml, by the dispute's initiation date (domain brief §4). */
class IdrFeesTest {

  private final IdrFees fees = new IdrFees(IdrRulesFiles.shipped());

  static Stream<Arguments> administrativeFees() {
    return Stream.of(
        arguments("first day of federal IDR (CY 2022 fee guidance)", "2022-01-01", "50"),
        arguments("in 2022", "2022-07-15", "50"),
        arguments("last day of 2022", "2022-12-31", "50"),
        arguments("first day of the CY 2023 fee", "2023-01-01", "350"),
        arguments("in the CY 2023 fee period", "2023-05-01", "350"),
        arguments("last day of the $350 fee, before the court's decision of 2023-08-03", "2023-08-02", "350"),
        arguments("the day of the court's decision: back to $50", "2023-08-03", "50"),
        arguments("in the interim $50 period", "2023-11-15", "50"),
        arguments("last day of the interim $50", "2024-01-21", "50"),
        arguments("first day of the $115 fee (administrative fee final rule, December 2023)", "2024-01-22", "115"),
        arguments("in the $115 period", "2025-03-03", "115"),
        arguments("last day of the $115 fee", "2026-06-10", "115"),
        arguments("first day of the $15 fee (CMS-9897-F)", "2026-06-11", "15"),
        arguments("under the 2026 rule set, open-ended", "2027-02-01", "15"));
  }

  @ParameterizedTest(name = "{0}: {1} → ${2}")
  @MethodSource("administrativeFees")
  void administrativeFeeByInitiationDate(String period, String initiatedOn, String dollars) {
    var fee = fees.administrativeFee(LocalDate.parse(initiatedOn));

    assertThat(fee.amount()).isEqualByComparingTo(new BigDecimal(dollars));
    assertThat(fee.citation()).isNotBlank();
  }

  @Test
  void aDisputeBeforeFederalIdrHasNoFeeAndTheRefusalSaysWhichPeriodsAreCovered() {
    assertThatThrownBy(() -> fees.administrativeFee(LocalDate.parse("2021-12-31")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("No administrative fee is configured for a dispute initiated on 2021-12-31")
        .hasMessageContaining("cover 2022-01-01 to 2022-12-31, 2023-01-01 to 2023-08-02, ")
        .hasMessageContaining("2026-06-11 on");
  }

  static Stream<Arguments> entityFees() {
    return Stream.of(
        arguments("example entity A, single", "EXAMPLE_ENTITY_A", DisputeType.SINGLE, "2024-06-03", "395"),
        arguments("example entity A, batched", "EXAMPLE_ENTITY_A", DisputeType.BATCHED, "2026-06-11", "525"),
        arguments("example entity B, single, last day of its first fee", "EXAMPLE_ENTITY_B", DisputeType.SINGLE,
            "2025-12-31", "499"),
        arguments("example entity B, single, first day of its new fee", "EXAMPLE_ENTITY_B", DisputeType.SINGLE,
            "2026-01-01", "560"),
        arguments("example entity C at the top of the 2024 batched range ($1,173, brief §4)", "EXAMPLE_ENTITY_C",
            DisputeType.BATCHED, "2024-01-01", "1173"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entityFees")
  void entityFeeByEntityDisputeTypeAndDate(String row, String entityId, DisputeType type, String initiatedOn,
      String dollars) {
    assertThat(fees.entityFee(entityId, type, LocalDate.parse(initiatedOn)).amount())
        .isEqualByComparingTo(new BigDecimal(dollars));
  }

  @Test
  void anUnknownEntityOrAFeeNotYetInForceIsRefusedNamingIt() {
    assertThatThrownBy(() -> fees.entityFee("NO_SUCH_ENTITY", DisputeType.SINGLE, LocalDate.parse("2025-01-02")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No certified IDR entity 'NO_SUCH_ENTITY' in entityFees of the IDR rules (configured: "
            + "EXAMPLE_ENTITY_A, EXAMPLE_ENTITY_B, EXAMPLE_ENTITY_C)");
    assertThatThrownBy(() -> fees.entityFee("EXAMPLE_ENTITY_A", DisputeType.SINGLE, LocalDate.parse("2023-12-29")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Certified IDR entity EXAMPLE_ENTITY_A (Example IDR Entity A (replace with a certified IDR "
            + "entity)) has no SINGLE fee configured for a dispute initiated on 2023-12-29");
  }
}
