package org.claimrecovery.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimStatus;
import org.claimrecovery.claims.Stage;
import org.claimrecovery.correspondence.Channel;
import org.claimrecovery.documents.DocumentType;
import org.claimrecovery.documents.StoredDocument;
import org.claimrecovery.pathway.PlanType;
import org.claimrecovery.pathway.ServiceCategory;
import org.claimrecovery.refusal.FieldProblem;
import org.claimrecovery.text.Markdown;
import org.junit.jupiter.api.Test;

class NegotiationPreparationTest {

  static NegotiationRules rules() throws Exception {
    try (InputStream in = NegotiationPreparationTest.class.getResourceAsStream("/rules/negotiation.yaml")) {
      return NegotiationRules.load(in);
    }
  }

  final NegotiationPreparation preparation;

  NegotiationPreparationTest() throws Exception {
    preparation = new NegotiationPreparation(rules());
  }

  @Test
  void theShippedRulesRequireTheItemizedBillAndDefaultToThirtyDaysForPayment() throws Exception {
    var rules = rules();
    assertThat(rules.requiredDocuments()).extracting(NegotiationRules.RequiredDocument::type)
        .containsExactly(DocumentType.ITEMIZED_BILL);
    assertThat(rules.requiredDocuments().get(0).citation()).isNotBlank();
    assertThat(rules.paymentDeadline().calendarDays()).isEqualTo(30);
    assertThat(rules.paymentDeadline().citation()).contains("2799A-1(c)(6)");
    assertThat(rules.payerResponseWindowBusinessDays()).isEqualTo(10);
  }

  @Test
  void nothingPreparedNamesEveryMissingPiece() {
    var problems = preparation.problems(claim(), null, List.of(), " ", List.of());
    assertThat(problems).extracting(FieldProblem::field).containsExactly("targetAmount", "justification", "documents");
    assertThat(problems.get(2).message()).contains("Upload the itemized bill").doesNotContain("ITEMIZED_BILL");
  }

  @Test
  void theTargetMustBeAboveTheInitialPayment() {
    var problems = preparation.problems(claim(), new BigDecimal("600.00"), List.of(JustificationGround.COMPLEXITY),
        null, List.of(bill()));
    assertThat(problems).extracting(FieldProblem::message).containsExactly(
        "The target $600.00 must be above the initial payment of $600.00.");
  }

  @Test
  void aGroundOrAWrittenJustificationSuffices() {
    assertThat(preparation.problems(claim(), new BigDecimal("1800"), List.of(JustificationGround.PATIENT_ACUITY), null,
        List.of(bill()))).isEmpty();
    assertThat(preparation.problems(claim(), new BigDecimal("1800"), List.of(), "Level 5 visit, market median 1,900",
        List.of(bill()))).isEmpty();
  }

  @Test
  void theSummaryListsTheDocumentsOnFileAndWhatIsMissing() {
    var summary = preparation.summary(claim(),
        new PayerNegotiationRules.Route(Channel.EMAIL, "claims@acme.example", "the payer named it"), List.of(bill()),
        List.of(new FieldProblem("targetAmount", "Set the reimbursement target.")));
    assertThat(summary).contains("cannot be sent yet", "Set the reimbursement target", "Itemized bill: bill\\.pdf",
        "claims@acme\\.example (email)", "$600.00");
  }

  @Test
  void fileNamesProblemsAndRecipientsAreTextAndManyDocumentsStayWithinAStringVariable() {
    var documents = new ArrayList<StoredDocument>();
    for (int i = 0; i < 300; i++) {
      documents.add(new StoredDocument("d" + i, "c1", DocumentType.MEDICAL_RECORD, "![](http://evil/?q=" + i + ").pdf",
          "application/pdf", 10, "00", "specialist", Instant.parse("2026-06-02T10:00:00Z")));
    }

    var summary = preparation.summary(claim(),
        new PayerNegotiationRules.Route(Channel.MAIL, "<img src=x onerror=alert(1)>\nPO Box 1", null), documents,
        List.of(new FieldProblem("bundleClaimNumbers", "Claim [x](http://evil) is no claim of Acme Health Plan.")));

    assertThat(summary.length()).isLessThan(4000);
    assertThat(summary).doesNotContain("<img", "![](", "[x](", "http://")
        .contains("- " + Markdown.text("Claim [x](http://evil) is no claim of Acme Health Plan."),
            "**Notice goes to** &lt;img src\\=x onerror\\=alert\\(1\\)&gt; PO Box 1 (mail)",
            "- Medical records: " + Markdown.text("![](http://evil/?q=0).pdf") + "\n")
        .endsWith("Shortened to fit the form; all of it: the claim's documents in the API "
            + "(GET /api/claims/c1/documents).\n");
  }

  static StoredDocument bill() {
    return new StoredDocument("d1", "c1", DocumentType.ITEMIZED_BILL, "bill.pdf", "application/pdf", 10, "00",
        "specialist", Instant.parse("2026-06-02T10:00:00Z"));
  }

  static Claim claim() {
    return new Claim("c1", "CLM-1", new Claim.Payer("acme", "Acme Health Plan", "claims@acme.example", "PO Box 1"),
        new Claim.Provider("1234567893", "123456789", "Riverside"), null, PlanType.SELF_FUNDED_ERISA, "FL", "FL",
        ServiceCategory.EMERGENCY, false, Claim.Circumstances.NONE_STATED, LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 24),
        List.of(new Claim.ClaimLine(1, "99285", new BigDecimal("2400.00"), new BigDecimal("600.00"),
            new BigDecimal("900.00"))),
        new Claim.InitialPayment(LocalDate.of(2026, 6, 1), new BigDecimal("600.00")), null, null, ClaimStatus.OPEN,
        Stage.NEGOTIATION, null, null, null, null, "test", Instant.parse("2026-06-01T10:00:00Z"));
  }
}
