package org.claimrecovery.remittance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimrecovery.claims.ClaimSubmission;
import org.claimrecovery.claims.ClaimSubmission.LinePart;
import org.claimrecovery.pathway.ServiceCategory;
import org.junit.jupiter.api.Test;

/** A remittance's claim as intake takes it: what the 835 gives, what the payer's rules entry adds, what stays out. */
class CaseFromRemittanceTest {

  static final RemittanceRules RULES = ClaimPaymentDecisionTest.testRules();

  @Test
  void anUnderpaidNsaClaimBecomesTheSubmissionTheApiTakes() {
    var read = read("nsa-emergency-underpaid.835").get(0);
    var payer = RULES.payer(read.advice().payer().identifiers(), read.advice().paymentDate());
    ClaimSubmission submission = CaseFromRemittance.submission(read.advice(), read.claim(), payer,
        ServiceCategory.EMERGENCY);

    assertThat(submission.claimNumber()).isEqualTo("NSA-1001");
    assertThat(submission.payer()).isEqualTo(new ClaimSubmission.PayerPart("sunshine-health", "SUNSHINE HEALTH PLAN",
        null, null));
    assertThat(submission.provider()).isEqualTo(new ClaimSubmission.ProviderPart("1234567893", "123456789",
        "RIVERSIDE EMERGENCY PHYSICIANS"));
    assertThat(submission.planType()).isEqualTo("FULLY_INSURED");
    assertThat(submission.planState()).isEqualTo("FL");
    assertThat(submission.serviceState()).isEqualTo("FL");
    assertThat(submission.serviceCategory()).isEqualTo("EMERGENCY");
    assertThat(submission.serviceDate()).isEqualTo("2026-05-12");
    // DTM*050: the day the payer received the claim
    assertThat(submission.submittedOn()).isEqualTo("2026-05-15");
    assertThat(submission.lines()).containsExactly(new LinePart("99285", "2400.00", "400.00", null));
    assertThat(submission.initialPayment()).isEqualTo(new ClaimSubmission.PaymentPart("2026-06-05", "400.00"));
    assertThat(submission.denial()).isNull();
    // nothing the 835 does not say is made up
    assertThat(submission.patientAccount()).isNull();
    assertThat(submission.noticeAndConsentObtained()).isNull();
    assertThat(submission.billedAs()).isNull();
  }

  @Test
  void aDenialCarriesItsLargestAdjustmentAsReasonAndThePaymentDateAsReceived() {
    var read = read("nsa-emergency-underpaid.835").get(1);
    var submission = CaseFromRemittance.submission(read.advice(), read.claim(), Optional.empty(),
        ServiceCategory.EMERGENCY);
    assertThat(submission.initialPayment()).isNull();
    assertThat(submission.denial()).isEqualTo(new ClaimSubmission.DenialPart("2026-06-05", "CO-50", null));
    // a payer with no rules entry: named by its REF*2U, plan type unknown (intake will say so)
    assertThat(submission.payer().id()).isEqualTo("SUNSHINE01");
    assertThat(submission.planType()).isNull();
    assertThat(submission.planState()).isEqualTo("FL");
  }

  @Test
  void anInstitutionalClaimWithoutServiceLinesBecomesOneLineOnlyWithADrg() {
    var read = read("demo.835").get(0);
    var submission = CaseFromRemittance.submission(read.advice(), read.claim(), Optional.empty(),
        ServiceCategory.OTHER);
    assertThat(submission.lines()).isEmpty();
    // no DTM*050: the statement's end is the earliest the claim can have been sent
    assertThat(submission.submittedOn()).isEqualTo("2002-08-24");
  }

  private static List<RemittanceReaderTest.Read> read(String fixture) {
    var claims = new ArrayList<RemittanceReaderTest.Read>();
    RemittanceReader.read(new ByteArrayInputStream(RemittanceReaderTest.fixture(fixture)
        .getBytes(StandardCharsets.ISO_8859_1)), (advice, claim) -> claims.add(new RemittanceReaderTest.Read(advice,
            claim)));
    return claims;
  }
}
