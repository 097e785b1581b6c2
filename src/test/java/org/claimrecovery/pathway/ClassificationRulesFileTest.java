package org.claimrecovery.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.rules.RulesFileRefusal.assertRefusedWith;
import static org.claimrecovery.rules.RulesFileRefusal.yaml;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How a broken rules/classification.yaml is reported: the file, the field path, every problem at once. */
class ClassificationRulesFileTest {

  private static final String FILE = "rules/classification.yaml";

  private static final String PLANS_AND_CODES = """
      coverageDenialReasonCodes: [{code: "50", description: Not medically necessary}]
      """;

  private static final String SCOPE = """
      {planTypes: [FULLY_INSURED], serviceCategories: [EMERGENCY], billedAs: [PROFESSIONAL], citation: c}""";

  @Test
  void theShippedFileLoads() throws Exception {
    try (var in = getClass().getResourceAsStream("/" + FILE)) {
      var shipped = ClassificationRules.load(in, FILE);
      var texasEmergency = new ClassificationRules.ClaimFacts("TX", "TX", PlanType.FULLY_INSURED,
          ServiceCategory.EMERGENCY, BilledAs.PROFESSIONAL, null, LocalDate.of(2026, 6, 1));
      assertThat(shipped.stateLawFor(texasEmergency).law()).isPresent();
      assertThat(shipped.isCoverageDenial("50")).isTrue();
    }
  }

  static Stream<Arguments> brokenFiles() {
    return Stream.of(
        arguments("state law without citation", PLANS_AND_CODES + """
            specifiedStateLaws:
              - {state: TX, name: Texas arbitration, effectiveFrom: 2022-01-01, scope: %s}
            """.formatted(SCOPE), """
            rules/classification.yaml: specifiedStateLaws[0].citation: must not be blank
            """),
        arguments("state law without a start, or named in full", PLANS_AND_CODES + """
            specifiedStateLaws:
              - {state: Texas, name: Texas arbitration, citation: Tex. Ins. Code ch. 1467, scope: %s}
            """.formatted(SCOPE), """
            rules/classification.yaml: specifiedStateLaws[0].effectiveFrom: must not be null
            rules/classification.yaml: specifiedStateLaws[0].state: must be a two-letter state code
            """),
        arguments("state law that ends before it starts", PLANS_AND_CODES + """
            specifiedStateLaws:
              - {state: TX, name: T, citation: c, effectiveFrom: 2022-01-01, effectiveTo: 2021-01-01, scope: %s}
            """.formatted(SCOPE), """
            rules/classification.yaml: specifiedStateLaws[0]: effectiveTo must not be before effectiveFrom
            """),
        arguments("misspelt property", PLANS_AND_CODES + """
            specifiedStateLaws:
              - {state: NJ, name: N, citation: c, effectiveFrom: 2022-01-01, scope: %s, selfFundedPlansOptIn: true}
            """.formatted(SCOPE), """
            rules/classification.yaml: specifiedStateLaws[0].selfFundedPlansOptIn: unknown property (known: …
            """),
        arguments("wrong type", PLANS_AND_CODES + """
            specifiedStateLaws:
              - {state: NJ, name: N, citation: c, effectiveFrom: 2022-01-01,
                 scope: {planTypes: [FULLY_INSURED], serviceCategories: [EMERGENCY], billedAs: [NURSE], citation: c}}
            """, """
            rules/classification.yaml: specifiedStateLaws[0].scope.billedAs[0]: unknown value 'NURSE', expected one of PROFESSIONAL, FACILITY
            """),
        arguments("a state law without its scope, or a scope that reaches nothing", PLANS_AND_CODES + """
            specifiedStateLaws:
              - {state: NJ, name: N, citation: c, effectiveFrom: 2022-01-01}
              - {state: NY, name: N, citation: c, effectiveFrom: 2022-01-01,
                 scope: {planTypes: [], serviceCategories: [EMERGENCY], billedAs: [FACILITY]}}
            """, """
            rules/classification.yaml: specifiedStateLaws[0].scope: must not be null
            rules/classification.yaml: specifiedStateLaws[1].scope.citation: must not be blank
            rules/classification.yaml: specifiedStateLaws[1].scope.planTypes: must not be empty
            """),
        arguments("missing lists and a reason code without code", """
            coverageDenialReasonCodes: [{description: Non-covered charge(s)}]
            """, """
            rules/classification.yaml: coverageDenialReasonCodes[0].code: must not be blank
            rules/classification.yaml: specifiedStateLaws: must not be null
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void brokenClassificationRulesAreRefusedNamingFileAndField(String problem, String file, String expected) {
    assertRefusedWith(() -> ClassificationRules.load(yaml(file), FILE), expected);
  }
}
