package org.claimrecovery.idr;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.claimrecovery.refusal.FieldProblem;
import org.junit.jupiter.api.Test;

/** What stops a dispute's preparation, and the supervisor's written override of a flagged justification. */
class FederalIdrPreparationTest {

  static final String FLAGGED = "Our offer equals the provider's billed charges for the visit.";

  final FederalIdr idr = new FederalIdr(null, null, new OfferJustificationCheck(IdrRulesFiles.shipped()), null, null,
      null, null, null, null, null, null);

  @Test
  void noOfferAndNoJustificationAreBothNamed() {
    assertThat(idr.preparationProblems(null, " ", null, false)).extracting(FieldProblem::field)
        .containsExactly("offerAmount", "offerJustification");
    assertThat(idr.preparationProblems(BigDecimal.ZERO, "acuity", null, false)).extracting(FieldProblem::field)
        .containsExactly("offerAmount");
  }

  @Test
  void aFlaggedJustificationIsRefusedWithThePhraseAndItsCitation() {
    var problems = idr.preparationProblems(new BigDecimal("1200"), FLAGGED, null, false);

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.field()).isEqualTo("offerJustification");
      assertThat(problem.message()).contains("\"billed charges\"", "PHS Act 2799A-1(c)(5)(D)",
          "a billing supervisor files it anyway with a written override reason");
    });
  }

  @Test
  void onlyASupervisorWithAWrittenReasonOverridesAFinding() {
    var offer = new BigDecimal("1200");
    assertThat(idr.preparationProblems(offer, FLAGGED, "the phrase quotes the payer's letter", true)).isEmpty();
    assertThat(idr.preparationProblems(offer, FLAGGED, "the phrase quotes the payer's letter", false)).hasSize(1);
    assertThat(idr.preparationProblems(offer, FLAGGED, "  ", true)).hasSize(1);
  }

  @Test
  void aCleanJustificationNeedsNoOverride() {
    assertThat(idr.preparationProblems(new BigDecimal("1200"), "the QPA, the patient's acuity and our training",
        null, false)).isEmpty();
  }
}
