package org.claimrecovery.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which specified state law governs a claim, as the shipped rules/classification.yaml states each law's scope: one
 * row per case, with the source. Where the rules cannot decide, the finding says so in a note instead of guessing.
 */
class StateLawScopeTest {

  private static ClassificationRules rules;

  @BeforeAll
  static void shippedRules() throws Exception {
    try (InputStream in = StateLawScopeTest.class.getResourceAsStream("/rules/classification.yaml")) {
      rules = ClassificationRules.load(in, "rules/classification.yaml");
    }
  }

  @ParameterizedTest(name = "{0}: {1} service, {2} plan {3}, {4} by {5}, elected {6} -> {7}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      air ambulance in a state with a specified law         | TX | TX | FULLY_INSURED            | AIR_AMBULANCE                           | PROFESSIONAL | null  | null | null             | no state scope reaches air ambulance; 49 U.S.C. 41713(b)(1)
      Texas emergency care by a physician                   | TX | TX | FULLY_INSURED            | EMERGENCY                               | PROFESSIONAL | null  | TX   | mediation        | Tex. Ins. Code 1467.084(a)(2)(A)
      Texas emergency care by a facility (mediation)        | TX | TX | FULLY_INSURED            | EMERGENCY                               | FACILITY     | null  | TX   | mediation        | Tex. Ins. Code ch. 1467, subch. B
      Texas laboratory services                             | TX | TX | FULLY_INSURED            | LABORATORY_OR_IMAGING                   | PROFESSIONAL | null  | TX   | mediation        | Tex. Ins. Code 1467.084(a)(2)(C)
      Texas plan issued in another state                    | TX | OK | FULLY_INSURED            | EMERGENCY                               | PROFESSIONAL | null  | null | null             | a state's insurance law reaches plans issued there
      Texas governmental plan, maybe ERS or TRS             | TX | TX | NON_FEDERAL_GOVERNMENTAL | EMERGENCY                               | PROFESSIONAL | null  | null | ERS, TRS         | 28 TAC 21.5002(a), not verified
      Texas self-funded plan: no election configured        | TX | TX | SELF_FUNDED_ERISA        | EMERGENCY                               | PROFESSIONAL | true  | null | null             | no Texas opt-in found in a primary source
      a California emergency claim                          | CA | CA | FULLY_INSURED            | EMERGENCY                               | PROFESSIONAL | null  | null | null             | Cal. Health & Safety Code 1371.9(a): non-emergency only
      California professional at a contracted facility      | CA | CA | FULLY_INSURED            | NON_EMERGENCY_AT_PARTICIPATING_FACILITY | PROFESSIONAL | null  | CA   | internal dispute process | Cal. Health & Safety Code 1371.9(a), 1371.30
      California facility claim                             | CA | CA | INDIVIDUAL_MARKET        | NON_EMERGENCY_AT_PARTICIPATING_FACILITY | FACILITY     | null  | null | null             | individual health professionals only
      California claim that does not say who bills it       | CA | CA | FULLY_INSURED            | NON_EMERGENCY_AT_PARTICIPATING_FACILITY | null         | null  | null | does not say who | the scope depends on the biller
      a self-funded plan that opted in (New Jersey)         | NJ | NJ | SELF_FUNDED_ERISA        | EMERGENCY                               | FACILITY     | true  | NJ   | $1,000           | N.J.S.A. 26:2SS-11(a)
      a self-funded plan that did not opt in (New Jersey)   | NJ | NJ | SELF_FUNDED_ERISA        | EMERGENCY                               | FACILITY     | false | null | null             | federal IDR is the default for self-funded plans
      a self-funded plan whose election is not recorded     | NJ | NJ | SELF_FUNDED_ERISA        | EMERGENCY                               | PROFESSIONAL | null  | null | elect its process | the election is the plan's, plan year by plan year
      New Jersey fully insured emergency                    | NJ | NJ | FULLY_INSURED            | EMERGENCY                               | FACILITY     | null  | NJ   | $1,000           | N.J.S.A. 26:2SS-9, -10
      an FEHB carrier in New Jersey                         | NJ | NJ | FEHB                     | EMERGENCY                               | PROFESSIONAL | null  | null | null             | 5 U.S.C. 8902(m)(1): FEHB contracts preempt state law
      New York surprise bill by a physician                 | NY | NY | FULLY_INSURED            | NON_EMERGENCY_AT_PARTICIPATING_FACILITY | PROFESSIONAL | null  | NY   | three-year       | N.Y. Fin. Serv. Law 607
      New York hospital emergency claim, scope unverified   | NY | NY | FULLY_INSURED            | EMERGENCY                               | FACILITY     | null  | null | hospital claims  | N.Y. Fin. Serv. Law 605, not verified
      Florida, no specified state law in the rules          | FL | FL | FULLY_INSURED            | EMERGENCY                               | PROFESSIONAL | null  | null | null             | federal IDR
      """)
  void theStatesScopeDecides(String situation, String serviceState, String planState, PlanType planType,
      ServiceCategory category, BilledAs billedAs, Boolean elected, String governingState, String noteMentions,
      String source) {
    var finding = rules.stateLawFor(new ClassificationRules.ClaimFacts(serviceState, planState, planType, category,
        billedAs, elected, LocalDate.of(2026, 6, 1)));

    assertThat(finding.law().map(ClassificationRules.SpecifiedStateLaw::state).orElse(null))
        .as(situation + " (" + source + ")").isEqualTo(governingState);
    if (noteMentions == null) {
      assertThat(finding.notes()).as(situation).isEmpty();
    } else {
      assertThat(finding.notes()).as(situation).anySatisfy(note -> assertThat(note).contains(noteMentions));
    }
  }
}
