package org.claimrecovery.idr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.claimrecovery.idr.OfferJustificationCheck.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * IDR offer justifications against the shipped prohibited factors: a certified IDR entity must not consider billed
 * charges, usual and customary charges or public payer rates (PHS Act 2799A-1(c)(5)(D); 45 CFR 149.510(c)(4)(v)).
 */
class OfferJustificationCheckTest {

  private static final String CITATION = "PHS Act 2799A-1(c)(5)(D); 45 CFR 149.510(c)(4)(v)";

  private final OfferJustificationCheck check = new OfferJustificationCheck(IdrRulesFiles.shipped());

  @Test
  void aJustificationCitingBilledChargesIsFlaggedWithThePhraseAnExcerptAndTheCitation() {
    String justification = "Given the complexity of the procedure, our offer of $4,200 equals the provider's billed "
        + "charges for CPT 99285 and is well supported by the record.";

    assertThat(check.check(justification)).containsExactly(new Finding("BILLED_CHARGES",
        "billed charges (the provider's own charges)", "billed charges",
        "…offer of $4,200 equals the provider's billed charges for CPT 99285 and is well supported by…", CITATION,
        justification.indexOf("billed charges")));
  }

  static Stream<Arguments> justifications() {
    return Stream.of(
        arguments("clean: QPA and additional circumstances the entity must weigh (45 CFR 149.510(c)(4)(iii))",
            "the QPA, our training and the patient's acuity", List.of()),
        arguments("blank text has no finding", "  ", List.of()),
        arguments("billed charges, any case (PHS Act 2799A-1(c)(5)(D)(i))", "Our BILLED CHARGES were ignored.",
            List.of("BILLED_CHARGES: BILLED CHARGES")),
        arguments("chargemaster is the list of billed charges", "per our Chargemaster", List.of(
            "BILLED_CHARGES: Chargemaster")),
        arguments("FAIR Health percentiles are billed-charge benchmarks, allowed in NY/TX, not in federal IDR",
            "the 80th percentile of FAIR Health data for the region", List.of("BILLED_CHARGES: FAIR Health")),
        arguments("whole words: 'billed charges' is not found in 'unbilled charges'", "no unbilled charges remain",
            List.of()),
        arguments("UCR as a word (usual and customary, 2799A-1(c)(5)(D)(i))", "well below UCR.",
            List.of("USUAL_AND_CUSTOMARY_CHARGES: UCR")),
        arguments("whole words: UCR is not found inside another word", "the UCRX index and bUCRs", List.of()),
        arguments("usual and customary with hyphens", "the usual-and-customary amount",
            List.of("USUAL_AND_CUSTOMARY_CHARGES: usual-and-customary")),
        arguments("a phrase across a line break", "usual and\ncustomary rates",
            List.of("USUAL_AND_CUSTOMARY_CHARGES: usual and\ncustomary")),
        arguments("Medicare matches 'Medicare rates' (public payer rates, 2799A-1(c)(5)(D)(ii))",
            "above Medicare rates", List.of("PUBLIC_PAYER_RATES: Medicare")),
        arguments("'150% of Medicare' is one finding, the longest phrase", "we ask 150% of Medicare.",
            List.of("PUBLIC_PAYER_RATES: % of Medicare")),
        arguments("TRICARE and Medicaid", "more than TRICARE or Medicaid would pay",
            List.of("PUBLIC_PAYER_RATES: TRICARE", "PUBLIC_PAYER_RATES: Medicaid")),
        arguments("CHIP in capitals is the programme", "the CHIP fee schedule", List.of("PUBLIC_PAYER_RATES: CHIP")),
        arguments("a bone chip is no public payer", "a chip fracture of the radial head", List.of()),
        arguments("several findings, in the order of the text",
            "Chargemaster rates, the usual and customary amount and what Medicaid pays all exceed the QPA.",
            List.of("BILLED_CHARGES: Chargemaster", "USUAL_AND_CUSTOMARY_CHARGES: usual and customary",
                "PUBLIC_PAYER_RATES: Medicaid")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("justifications")
  void findsTheProhibitedFactorsAJustificationReliesOn(String row, String justification, List<String> expected) {
    List<Finding> findings = check.check(justification);

    assertThat(findings).extracting(finding -> finding.factor() + ": " + finding.phrase())
        .containsExactlyElementsOf(expected);
    assertThat(findings).allSatisfy(finding -> assertThat(finding.citation()).isEqualTo(CITATION));
  }

  @Test
  void anExcerptIsOneLineAndMarksWhereTheTextGoesOn() {
    String justification = "Line one of a long justification that goes on and on.\nIt cites usual and\ncustomary "
        + "charges in the middle of a paragraph that also goes on for quite a while.";

    assertThat(check.check(justification)).singleElement().extracting(Finding::excerpt)
        .isEqualTo("…that goes on and on. It cites usual and customary charges in the middle of a paragraph…");
  }
}
