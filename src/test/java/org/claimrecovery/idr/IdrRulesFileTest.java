package org.claimrecovery.idr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.rules.RulesFileRefusal.assertRefusedWith;
import static org.claimrecovery.rules.RulesFileRefusal.yaml;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Set;
import java.util.stream.Stream;
import org.claimrecovery.idr.IdrRules.Batching;
import org.claimrecovery.idr.IdrRules.ProhibitedFactor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** rules/idr.yaml: the shipped file loads; a broken one is refused naming the file, the field path, every problem. */
class IdrRulesFileTest {

  private static final Set<String> RULE_SETS = Set.of("FEDERAL_IDR_2022", "FEDERAL_IDR_2026");

  private static final String ADMINISTRATIVE_FEES = """
      administrativeFees:
        - {effectiveFrom: 2024-01-22, effectiveTo: 2026-06-10, amount: 115, citation: brief §4}
        - {effectiveFrom: 2026-06-11, amount: 15, citation: CMS-9897-F}
      """;
  private static final String RANGES = """
      entityFeeRanges:
        - effectiveFrom: 2024-01-01
          single: {min: 200, max: 840}
          batched: {min: 268, max: 1173}
          citation: CY 2024 fee guidance
      """;
  private static final String ENTITIES = """
      entityFees:
        - id: ENTITY_A
          name: Entity A
          fees:
            - {disputeType: SINGLE, amount: 395, effectiveFrom: 2024-01-01, citation: A's schedule}
      """;
  private static final String BATCHING = """
      batching:
        - ruleSet: FEDERAL_IDR_2022
          note: none stated
          periodBusinessDays: 30
          conditions: {sameProvider: a, samePlan: b, similarItems: c, samePeriod: d, airAmbulance: e, lineItemCap: f}
        - ruleSet: FEDERAL_IDR_2026
          maxLineItems: 50
          note: reported, not confirmed
          periodBusinessDays: 30
          conditions: {sameProvider: a, samePlan: b, similarItems: c, samePeriod: d, airAmbulance: e, lineItemCap: f}
      """;
  private static final String FACTORS = """
      prohibitedFactors:
        - {id: BILLED_CHARGES, description: billed charges, phrases: [billed charges], citation: PHS Act 2799A-1(c)(5)(D)}
      """;

  @Test
  void shippedFileLoadsWithEveryFeePeriodEveryRuleSetAndTheThreeProhibitedFactors() {
    IdrRules shipped = IdrRulesFiles.shipped();

    assertThat(shipped.administrativeFees()).hasSize(5);
    assertThat(shipped.batching()).extracting(Batching::ruleSet).containsExactly("FEDERAL_IDR_2022", "FEDERAL_IDR_2026");
    // the 2022 rules state no cap; the 2026 cap is reported, not confirmed, and the entry says so
    assertThat(shipped.batchingOf("FEDERAL_IDR_2022").orElseThrow().maxLineItems()).isNull();
    assertThat(shipped.batchingOf("FEDERAL_IDR_2026").orElseThrow().note()).contains("reported, not confirmed");
    assertThat(shipped.prohibitedFactors()).extracting(ProhibitedFactor::id)
        .containsExactly("BILLED_CHARGES", "USUAL_AND_CUSTOMARY_CHARGES", "PUBLIC_PAYER_RATES");
    assertThat(shipped.entityFees()).isNotEmpty().allSatisfy(entity -> assertThat(entity.id()).startsWith("EXAMPLE_"));
  }

  static Stream<Arguments> brokenFiles() {
    return Stream.of(
        arguments("administrative fees overlapping (2023 fee running into the court's $50)", """
            administrativeFees:
              - {effectiveFrom: 2023-01-01, effectiveTo: 2023-08-31, amount: 350, citation: CY 2023 fee guidance}
              - {effectiveFrom: 2023-08-03, effectiveTo: 2024-01-21, amount: 50, citation: after TMA v. HHS}
            """ + RANGES + ENTITIES + BATCHING + FACTORS, """
            rules/idr.yaml: administrativeFees[1]: an administrative fee for 2023-08-03 to 2024-01-21 overlaps administrativeFees[0] (2023-01-01 to 2023-08-31); an amount never changes in place: close the earlier entry with effectiveTo and start this one after it
            """),
        arguments("open-ended fee not closed before the next one (45 CFR 149.510(e))", """
            administrativeFees:
              - {effectiveFrom: 2024-01-22, amount: 115, citation: brief §4}
              - {effectiveFrom: 2026-06-11, amount: 15, citation: CMS-9897-F}
            """ + RANGES + ENTITIES + BATCHING + FACTORS, """
            rules/idr.yaml: administrativeFees[1]: an administrative fee for 2026-06-11 on overlaps administrativeFees[0] (2024-01-22 on); …
            """),
        arguments("entity fee above the single range of 2024 ($840, brief §4)", ADMINISTRATIVE_FEES + RANGES + """
            entityFees:
              - id: ENTITY_A
                name: Entity A
                fees:
                  - {disputeType: SINGLE, amount: 395, effectiveFrom: 2024-01-01, effectiveTo: 2025-12-31, citation: s}
                  - {disputeType: SINGLE, amount: 900, effectiveFrom: 2026-01-01, citation: s}
            """ + BATCHING + FACTORS, """
            rules/idr.yaml: entityFees[0].fees[1]: amount $900 for a SINGLE dispute is outside the range $200–$840 of entityFeeRanges[0] (2024-01-01 on)
            """),
        arguments("batched fee below the batched range ($268, brief §4)", ADMINISTRATIVE_FEES + RANGES + """
            entityFees:
              - id: ENTITY_A
                name: Entity A
                fees: [{disputeType: BATCHED, amount: 250, effectiveFrom: 2024-01-01, citation: s}]
            """ + BATCHING + FACTORS, """
            rules/idr.yaml: entityFees[0].fees[0]: amount $250 for a BATCHED dispute is outside the range $268–$1173 of entityFeeRanges[0] (2024-01-01 on)
            """),
        arguments("entity fee before any range (ranges before 2024 are not shipped)", ADMINISTRATIVE_FEES + RANGES + """
            entityFees:
              - id: ENTITY_A
                name: Entity A
                fees: [{disputeType: SINGLE, amount: 300, effectiveFrom: 2023-01-01, effectiveTo: 2023-12-31, citation: s}]
            """ + BATCHING + FACTORS, """
            rules/idr.yaml: entityFees[0].fees[0]: no entityFeeRanges entry is in force on 2023-01-01, so the fee cannot be checked; add the range of that period
            """),
        arguments("two SINGLE fees of one entity in force at once", ADMINISTRATIVE_FEES + RANGES + """
            entityFees:
              - id: ENTITY_A
                name: Entity A
                fees:
                  - {disputeType: SINGLE, amount: 395, effectiveFrom: 2024-01-01, citation: s}
                  - {disputeType: BATCHED, amount: 500, effectiveFrom: 2024-01-01, citation: s}
                  - {disputeType: SINGLE, amount: 450, effectiveFrom: 2025-01-01, citation: s}
            """ + BATCHING + FACTORS, """
            rules/idr.yaml: entityFees[0].fees[2]: a fee for 2025-01-01 on overlaps entityFees[0].fees[0] (2024-01-01 on); …
            """),
        arguments("missing citations, all at once (every entry carries its source)", """
            administrativeFees:
              - {effectiveFrom: 2026-06-11, amount: 15}
            entityFeeRanges:
              - {effectiveFrom: 2024-01-01, single: {min: 200, max: 840}, batched: {min: 268, max: 1173}}
            entityFees:
              - id: ENTITY_A
                name: Entity A
                fees: [{disputeType: SINGLE, amount: 395, effectiveFrom: 2024-01-01}]
            batching:
              - ruleSet: FEDERAL_IDR_2022
                note: none stated
                periodBusinessDays: 30
                conditions: {sameProvider: a, samePlan: b, similarItems: c, samePeriod: d, airAmbulance: e}
              - ruleSet: FEDERAL_IDR_2026
                note: reported
                periodBusinessDays: 30
                conditions: {sameProvider: a, samePlan: b, similarItems: c, samePeriod: d, airAmbulance: e, lineItemCap: f}
            prohibitedFactors:
              - {id: BILLED_CHARGES, description: billed charges, phrases: [billed charges]}
            """, """
            rules/idr.yaml: administrativeFees[0].citation: must not be blank
            rules/idr.yaml: batching[0].conditions.lineItemCap: must not be blank
            rules/idr.yaml: entityFeeRanges[0].citation: must not be blank
            rules/idr.yaml: entityFees[0].fees[0].citation: must not be blank
            rules/idr.yaml: prohibitedFactors[0].citation: must not be blank
            """),
        arguments("unknown rule set id (ids come from deadline-rules.yaml)", ADMINISTRATIVE_FEES + RANGES + ENTITIES
            + BATCHING.replace("FEDERAL_IDR_2026", "FEDERAL_IDR_2027") + FACTORS, """
            rules/idr.yaml: batching: no entry for rule set FEDERAL_IDR_2026 of deadline-rules.yaml
            rules/idr.yaml: batching[1].ruleSet: unknown rule set 'FEDERAL_IDR_2027' (deadline-rules.yaml has FEDERAL_IDR_2022, FEDERAL_IDR_2026)
            """),
        arguments("unknown dispute type", ADMINISTRATIVE_FEES + RANGES + """
            entityFees:
              - id: ENTITY_A
                name: Entity A
                fees: [{disputeType: BUNDLED, amount: 395, effectiveFrom: 2024-01-01, citation: s}]
            """ + BATCHING + FACTORS, """
            rules/idr.yaml: entityFees[0].fees[0].disputeType: unknown value 'BUNDLED', expected one of SINGLE, BATCHED
            """),
        arguments("range upside down, zero cap, factor without phrases", ADMINISTRATIVE_FEES + """
            entityFeeRanges:
              - effectiveFrom: 2024-01-01
                single: {min: 840, max: 200}
                batched: {min: 268, max: 1173}
                citation: CY 2024 fee guidance
            """ + ENTITIES + BATCHING.replace("maxLineItems: 50", "maxLineItems: 0") + """
            prohibitedFactors:
              - {id: BILLED_CHARGES, description: billed charges, phrases: [], citation: c}
            """, """
            rules/idr.yaml: batching[1].maxLineItems: must be greater than 0
            rules/idr.yaml: entityFeeRanges[0].single: max must not be below min
            rules/idr.yaml: prohibitedFactors[0].phrases: must not be empty
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void brokenIdrRulesAreRefusedNamingFileAndField(String problem, String file, String expected) {
    assertRefusedWith(() -> IdrRules.load(yaml(file), IdrRules.DEFAULT_RESOURCE, RULE_SETS), expected);
  }
}
