package org.claimrecovery.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.claimrecovery.claims.ClaimSubmission.DenialPart;
import org.claimrecovery.claims.ClaimSubmission.LinePart;
import org.claimrecovery.claims.ClaimSubmission.PayerPart;
import org.claimrecovery.claims.ClaimSubmission.PaymentPart;
import org.claimrecovery.claims.ClaimSubmission.ProviderPart;
import org.claimrecovery.pathway.PlanType;
import org.claimrecovery.refusal.FieldProblem;
import org.claimrecovery.refusal.RequestRejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimValidatorTest {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
  static final LocalDate RULES_BEGIN = LocalDate.of(2022, 1, 1);

  static ClaimSubmission valid() {
    return new ClaimSubmission("CLM-1", new PayerPart("payer-1", "Acme", "claims@acme.example", null),
        new ProviderPart("1234567893", "12-3456789", "Riverside ER"), "ACCT-9", "SELF_FUNDED_ERISA", "FL", "FL",
        "EMERGENCY", false, null, null, null, null, null, "2026-05-01", "2026-05-03",
        List.of(new LinePart("99285", "2400.00", "600.00", "900.00")),
        new PaymentPart("2026-06-01", "600.00"), null);
  }

  @Test
  void aValidSubmissionBecomesANewClaimWithTypedValues() {
    NewClaim claim = ClaimValidator.validate(valid(), TODAY, RULES_BEGIN);
    assertThat(claim.planType()).isEqualTo(PlanType.SELF_FUNDED_ERISA);
    assertThat(claim.provider().tin()).isEqualTo("123456789");
    assertThat(claim.lines().get(0).qpa()).isEqualByComparingTo("900.00");
    assertThat(claim.initialPayment().receivedOn()).isEqualTo(LocalDate.of(2026, 6, 1));
  }

  @Test
  void garbageNamesEveryInvalidField() {
    var garbage = new ClaimSubmission("", new PayerPart(null, "Acme", "not-an-email", null),
        new ProviderPart("1234567890", "12", "Riverside"), null, "GOLD_PLAN", "XX", "FL", "EMERGENCY", false,
        null, null, null, null, null,
        "2026-13-01", "2026-05-03", List.of(new LinePart("99285", "-5", "10", "x")),
        new PaymentPart("2026-06-01", "600.00"), new DenialPart("2026-06-01", "50", null));
    var rejected = catchThrowableOfType(() -> ClaimValidator.validate(garbage, TODAY, RULES_BEGIN), RequestRejected.class);
    assertThat(rejected.fieldProblems()).extracting(FieldProblem::field).contains(
        "claimNumber", "payer.id", "payer.email", "provider.npi", "provider.tin", "planType", "planState",
        "serviceDate", "lines[0].billedAmount", "lines[0].qpa", "denial");
  }

  @ParameterizedTest(name = "NPI {0} valid: {1}")
  @CsvSource({
      "1234567893, true",   // CMS's published example (Luhn with the 80840 prefix)
      "1245319599, true",
      "1234567890, false",  // wrong check digit
      "123456789, false",   // 9 digits
      "12345678AB, false"})
  void npiCheckDigit(String npi, boolean valid) {
    assertThat(Npi.isValid(npi)).isEqualTo(valid);
  }

  @Test
  void paidAboveBilledAndDatesInTheWrongOrderAreRefused() {
    var s = valid();
    var bad = new ClaimSubmission(s.claimNumber(), s.payer(), s.provider(), s.patientAccount(), s.planType(),
        s.planState(), s.serviceState(), s.serviceCategory(), false, null, null, null, null, null, "2026-05-10", "2026-05-03",
        List.of(new LinePart("99285", "100.00", "150.00", null)), new PaymentPart("2026-05-01", "150.00"), null);
    var rejected = catchThrowableOfType(() -> ClaimValidator.validate(bad, TODAY, RULES_BEGIN), RequestRejected.class);
    assertThat(rejected.fieldProblems()).extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("submittedOn", "lines[0].paidAmount", "initialPayment.receivedOn");
  }

  @Test
  void futureDatesAndUnknownEnumsAreRefused() {
    var s = valid();
    var bad = new ClaimSubmission(s.claimNumber(), s.payer(), s.provider(), s.patientAccount(), s.planType(),
        s.planState(), s.serviceState(), "GROUND_AMBULANCE", false, null, null, null, null, null, "2026-07-01", "2026-07-02", s.lines(), null, null);
    var rejected = catchThrowableOfType(() -> ClaimValidator.validate(bad, TODAY, RULES_BEGIN), RequestRejected.class);
    assertThat(rejected.fieldProblems()).extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("serviceCategory", "serviceDate", "submittedOn");
  }

  @Test
  void aLineDescriptionIsKeptStrippedAndOptional() {
    var s = valid();
    var described = withLines(s, List.of(
        new LinePart("99285", "2400.00", "600.00", "900.00", "  Emergency department visit, high complexity "),
        new LinePart("99284", "1200.00", "300.00", null, null)));

    NewClaim claim = ClaimValidator.validate(described, TODAY, RULES_BEGIN);

    assertThat(claim.lines().get(0).description()).isEqualTo("Emergency department visit, high complexity");
    assertThat(claim.lines().get(1).description()).isNull();
  }

  @Test
  void aLineDescriptionOverTwoHundredCharactersOrWithControlCharactersIsRefused() {
    var s = valid();
    var bad = withLines(s, List.of(
        new LinePart("99285", "2400.00", "600.00", "900.00", "x".repeat(201)),
        new LinePart("99285", "2400.00", "600.00", "900.00", "CT head\u0000"),
        new LinePart("99285", "2400.00", "600.00", "900.00", "CT head\nwithout contrast"),
        new LinePart("99285", "2400.00", "600.00", "900.00", "x".repeat(200))));

    var rejected = catchThrowableOfType(() -> ClaimValidator.validate(bad, TODAY, RULES_BEGIN), RequestRejected.class);

    assertThat(rejected.fieldProblems()).containsExactly(
        new FieldProblem("lines[0].description", "is longer than 200 characters"),
        new FieldProblem("lines[1].description", "must be one line without control characters"),
        new FieldProblem("lines[2].description", "must be one line without control characters"));
  }

  @ParameterizedTest(name = "denial reason \"{0}\" is kept as group {1} and CARC {2}")
  @CsvSource(nullValues = "-", textBlock = """
      50,     -,  50
      CO-50,  CO, 50
      pr 96,  PR, 96
      OA23,   OA, 23
      """)
  void aDenialKeepsItsGroupCodeApartFromItsCarc(String written, ClaimAdjustmentGroup group, String carc) {
    NewClaim claim = ClaimValidator.validate(denied(written), TODAY, RULES_BEGIN);

    assertThat(claim.denial().groupCode()).isEqualTo(group);
    assertThat(claim.denial().reasonCode()).isEqualTo(carc);
  }

  @Test
  void aDenialReasonThatIsNoCarcIsRefusedNamingTheFieldAndTheAcceptedForms() {
    var rejected = catchThrowableOfType(() -> ClaimValidator.validate(denied("XX-50"), TODAY, RULES_BEGIN),
        RequestRejected.class);

    assertThat(rejected.fieldProblems()).singleElement().satisfies(problem -> {
      assertThat(problem.field()).isEqualTo("denial.reasonCode");
      assertThat(problem.message()).contains("CARC", "X12 835 CAS01", "CO, PR, OA, PI, CR", "CO-50");
    });
  }

  private static ClaimSubmission denied(String reasonCode) {
    var s = valid();
    return new ClaimSubmission(s.claimNumber(), s.payer(), s.provider(), s.patientAccount(), s.planType(),
        s.planState(), s.serviceState(), s.serviceCategory(), false, s.billedAs(), s.ancillaryService(),
        s.unforeseenUrgentNeed(), s.noParticipatingProviderAvailable(), s.planElectedStateProcess(), s.serviceDate(),
        s.submittedOn(), s.lines(), null, new DenialPart("2026-06-01", reasonCode, "Not medically necessary"));
  }

  private static ClaimSubmission withLines(ClaimSubmission s, List<LinePart> lines) {
    return new ClaimSubmission(s.claimNumber(), s.payer(), s.provider(), s.patientAccount(), s.planType(),
        s.planState(), s.serviceState(), s.serviceCategory(), false, s.billedAs(), s.ancillaryService(),
        s.unforeseenUrgentNeed(), s.noParticipatingProviderAvailable(), s.planElectedStateProcess(), s.serviceDate(), s.submittedOn(), lines,
        s.initialPayment(), s.denial());
  }
}
