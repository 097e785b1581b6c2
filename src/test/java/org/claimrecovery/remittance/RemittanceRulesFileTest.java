package org.claimrecovery.remittance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.rules.RulesFileRefusal.assertRefusedWith;
import static org.claimrecovery.rules.RulesFileRefusal.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.claimrecovery.pathway.ServiceCategory;
import org.claimrecovery.remittance.RemittanceRules.NsaRemarkCode;
import org.junit.jupiter.api.Test;

/**
 * rules/remittance.yaml: the NSA remark codes N864, N865, N866 name their service categories (45 CFR 149.110, 149.120,
 * 149.130) and N830 none; CARC 242 marks a claim out of network; no payer and no benchmark ship; a region's own
 * benchmark comes before one for every state; a broken file is refused with every problem.
 */
class RemittanceRulesFileTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @Test
  void theShippedFileNamesTheNsaRemarkCodesWithTheirCategoriesAndShipsNoPayersOrBenchmarks() {
    var shipped = shipped();
    assertThat(shipped.nsaRemarkCodes()).extracting(NsaRemarkCode::code).containsExactly("N864", "N865", "N866",
        "N830");
    assertThat(shipped.nsaRemarkCode("N864", TODAY).orElseThrow().serviceCategory())
        .isEqualTo(ServiceCategory.EMERGENCY);
    assertThat(shipped.nsaRemarkCode("N865", TODAY).orElseThrow().serviceCategory())
        .isEqualTo(ServiceCategory.NON_EMERGENCY_AT_PARTICIPATING_FACILITY);
    assertThat(shipped.nsaRemarkCode("N866", TODAY).orElseThrow().serviceCategory())
        .isEqualTo(ServiceCategory.AIR_AMBULANCE);
    assertThat(shipped.nsaRemarkCode("N830", TODAY).orElseThrow().serviceCategory()).isNull();
    // before the No Surprises Act took effect no remark code marks its scope
    assertThat(shipped.nsaRemarkCode("N864", LocalDate.of(2021, 12, 31))).isEmpty();
    assertThat(shipped.nsaRemarkCodes()).allSatisfy(code -> assertThat(code.citation()).isNotBlank());
    assertThat(shipped.outOfNetworkReason("242", TODAY)).isTrue();
    assertThat(shipped.outOfNetworkReason("45", TODAY)).isFalse();
    assertThat(shipped.payers()).isEmpty();
    assertThat(shipped.benchmarks()).isEmpty();
  }

  private static final String BENCHMARK = """
        - serviceCode: "99285"
          %s
          amount: %s
          effectiveFrom: %s
          source: %s
      """;

  @Test
  void aRegionsOwnBenchmarkComesFirstAndALaterEntrySupersedesFromItsDate() {
    var rules = RemittanceRules.load(yaml("benchmarks:\n"
        + BENCHMARK.formatted("", "1000.00", "2026-01-01", "national")
        + BENCHMARK.formatted("region: FL", "1150.00", "2026-01-01", "Florida 2026")
        + BENCHMARK.formatted("region: FL", "1200.00", "2027-01-01", "Florida 2027")), "rules/remittance.yaml");
    assertThat(rules.benchmark("99285", "FL", TODAY).orElseThrow().source()).isEqualTo("Florida 2026");
    assertThat(rules.benchmark("99285", "FL", LocalDate.of(2027, 3, 1)).orElseThrow().source())
        .isEqualTo("Florida 2027");
    assertThat(rules.benchmark("99285", "GA", TODAY).orElseThrow().source()).isEqualTo("national");
    assertThat(rules.benchmark("99285", "GA", LocalDate.of(2025, 12, 31))).isEmpty();
    assertThat(rules.benchmark("99284", "FL", TODAY)).isEmpty();
  }

  @Test
  void aPayerIsFoundByAnyOfItsRemittanceIdentifiers() {
    var rules = RemittanceRules.load(yaml("""
        payers:
          - id: acme
            remittanceIds: [ACME01, "1512345678"]
            effectiveFrom: 2024-01-01
            planType: FULLY_INSURED
            planState: NY
        """), "rules/remittance.yaml");
    assertThat(rules.payer(List.of("999", "1512345678"), TODAY).orElseThrow().id()).isEqualTo("acme");
    assertThat(rules.payer(List.of("999"), TODAY)).isEmpty();
    assertThat(rules.payer(List.of("ACME01"), LocalDate.of(2023, 12, 31))).isEmpty();
  }

  @Test
  void aBenchmarkWithoutSourceOrAmountABadRegionAndARepeatedEntryAreRefused() {
    String broken = "benchmarks:\n" + BENCHMARK.formatted("region: Florida", "0", "2026-01-01", "\"\"");
    assertRefusedWith(() -> RemittanceRules.load(yaml(broken), "rules/remittance.yaml"), """
        rules/remittance.yaml: benchmarks[0].amount: must be greater than 0
        rules/remittance.yaml: benchmarks[0].region: must be a two-letter state code
        rules/remittance.yaml: benchmarks[0].source: must not be blank
        """);
    String twice = "benchmarks:\n" + BENCHMARK.formatted("region: FL", "1150.00", "2026-01-01", "a")
        + BENCHMARK.formatted("region: FL", "1175.00", "2026-01-01", "b");
    assertRefusedWith(() -> RemittanceRules.load(yaml(twice), "rules/remittance.yaml"), """
        rules/remittance.yaml: benchmarks[1]: a second benchmark for 99285 in FL from 2026-01-01
        """);
  }

  static RemittanceRules shipped() {
    try (InputStream in = RemittanceRulesFileTest.class.getResourceAsStream("/rules/remittance.yaml")) {
      return RemittanceRules.load(in, "rules/remittance.yaml");
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
