package org.claimrecovery.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.pathway.Pathway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The documentation check against a claim's uploads, with the rules as a stub of the decision table. */
class FilingDocumentsTest {

  static final RequiredDocument DETERMINATION = RequiredDocument.of("DENIAL_LETTER", "REMITTANCE",
      "Shows the determination appealed (29 CFR 2560.503-1(g)(1)).");
  static final RequiredDocument BILL = RequiredDocument.of("ITEMIZED_BILL", null, "Names each item (house rule).");
  static final RequiredDocument RECORDS = RequiredDocument.of("MEDICAL_RECORD", "", "The record <b>decides</b>.");

  List<RequiredDocument> rules = new ArrayList<>();
  List<Filing> asked = new ArrayList<>();
  DocumentRepository documents = mock(DocumentRepository.class);
  ClaimRepository claims = mock(ClaimRepository.class);
  FilingDocuments filingDocuments;

  @BeforeEach
  void aDeniedClaim() {
    Claim claim = mock(Claim.class);
    when(claim.claimNumber()).thenReturn("CLM-7");
    when(claim.payer()).thenReturn(new Claim.Payer("acme", "Acme Health Plan", null, null));
    when(claim.pathway()).thenReturn(Pathway.APPEAL);
    when(claim.denial()).thenReturn(new Claim.Denial(LocalDate.of(2026, 5, 20), null, "50",
        "Not medically necessary"));
    when(claims.findById("claim-7")).thenReturn(Optional.of(claim));
    filingDocuments = new FilingDocuments(filing -> {
      asked.add(filing);
      return rules;
    }, documents, claims);
  }

  @Test
  void theRulesAreAskedWithTheClaimsPathwayAndDenialReason() {
    rules.add(BILL);
    onFile();

    filingDocuments.check("claim-7", DisputeMechanism.INTERNAL_APPEAL, 2);

    assertThat(asked).containsExactly(new Filing(DisputeMechanism.INTERNAL_APPEAL, 2, Pathway.APPEAL, "50"));
  }

  @Test
  void theRemittanceSatisfiesTheDenialLetterAndTheSummaryNamesEachMissingTypeAndWhy() {
    rules.addAll(List.of(DETERMINATION, BILL, RECORDS));
    onFile(DocumentType.REMITTANCE, DocumentType.CORRESPONDENCE);

    var check = filingDocuments.check("claim-7", DisputeMechanism.INTERNAL_APPEAL, 1);

    assertThat(check.complete()).isFalse();
    assertThat(check.missing()).containsExactly(BILL, RECORDS);
    assertThat(check.missingSummary())
        .contains("internal appeal (level 1)", "2 of 3 required documents")
        .contains("**Itemized bill**: Names each item \\(house rule\\)\\.")
        .contains("**Medical records**: The record &lt;b&gt;decides&lt;/b&gt;\\.")
        .contains("**On file** Denial letter")
        .contains("claim number CLM\\-7 and payer id acme", "`POST /api/claims/claim-7/documents`")
        .doesNotContain("(`DENIAL_LETTER`)");
    assertThat(check.missingInOneLine()).isEqualTo("Itemized bill; Medical records");
  }

  @Test
  void aMissingDocumentWithAlternativesNamesThemAll() {
    rules.add(DETERMINATION);
    onFile(DocumentType.ITEMIZED_BILL);

    var check = filingDocuments.check("claim-7", DisputeMechanism.INTERNAL_APPEAL, 1);

    assertThat(check.missingSummary())
        .contains("**Denial letter** or instead **Remittance advice (EOB/ERA)**");
    assertThat(check.missingInOneLine()).isEqualTo("Denial letter or Remittance advice (EOB/ERA)");
  }

  @Test
  void everyRequiredDocumentOnFileCompletesTheCheck() {
    rules.addAll(List.of(DETERMINATION, BILL, RECORDS));
    onFile(DocumentType.DENIAL_LETTER, DocumentType.ITEMIZED_BILL, DocumentType.MEDICAL_RECORD);

    var check = filingDocuments.check("claim-7", DisputeMechanism.EXTERNAL_REVIEW, null);

    assertThat(check.complete()).isTrue();
    assertThat(check.missingSummary()).isEqualTo("All 3 documents the external review requires are on file.\n");
  }

  @Test
  void twoRulesRequiringOneDocumentAskForItOnceWithBothReasons() {
    rules.addAll(List.of(BILL, RequiredDocument.of("ITEMIZED_BILL", null, "Also for the entity (45 CFR 149.510).")));
    onFile();

    var check = filingDocuments.check("claim-7", DisputeMechanism.FEDERAL_IDR, null);

    assertThat(check.missing()).hasSize(1);
    assertThat(check.missing().get(0).why()).isEqualTo("Names each item (house rule). Also for the entity (45 CFR 149.510).");
  }

  @Test
  void aTableThatRequiresNothingForTheMechanismStopsTheCheck() {
    onFile();

    assertThatThrownBy(() -> filingDocuments.check("claim-7", DisputeMechanism.REGULATOR_COMPLAINT, null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("names no document");
  }

  @Test
  void aTypeTheProductDoesNotKnowIsRefusedNotIgnored() {
    assertThatThrownBy(() -> RequiredDocument.of("ITEMISED_BILL", null, "why"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ITEMISED_BILL");
    assertThatThrownBy(() -> RequiredDocument.of("DENIAL_LETTER", "REMITTANCE, EOB", "why"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("EOB");
  }

  private void onFile(DocumentType... types) {
    var stored = new ArrayList<StoredDocument>();
    for (DocumentType type : types) {
      stored.add(new StoredDocument("doc-" + type, "claim-7", type, "f.pdf", "application/pdf", 1, "x", "u",
          Instant.EPOCH));
    }
    when(documents.list("claim-7")).thenReturn(stored);
  }
}
