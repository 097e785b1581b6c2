package org.claimrecovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Refusals as a person at the form reads them: fields by their labels, no ids, paths or variable names. */
class RefusalSentencesTest {

  private static FormLabels form(String file) throws Exception {
    String content = Files.readString(Path.of("forms", file));
    return file.endsWith(".html") ? FormLabels.ofEmbeddedForm(content) : FormLabels.ofCamundaForm(content);
  }

  @Test
  void aFieldNamedInParenthesesIsNamedByItsLabel() throws Exception {
    assertThat(RefusalSentences.forField(
        "The payment is below the QPA: accepting it needs a written reason (acceptReason).", "acceptReason",
        form("review-initial-payment.form")))
        .isEqualTo("The payment is below the QPA: accepting it needs a written reason "
            + "(“Why accept a payment below the QPA?”).");
  }

  @Test
  void choicesAreNamedAsTheFormShowsThem() throws Exception {
    assertThat(RefusalSentences.forField("Choose a decision: ACCEPT, NEGOTIATE or DISPUTE.", "decision",
        form("review-initial-payment.form")))
        .isEqualTo("“Decision”: Choose a decision: Accept the payment, Negotiate with the payer or Dispute "
            + "(appeal / IDR).");
    assertThat(RefusalSentences.forField("appealDecision must be OVERTURNED, PARTIALLY_OVERTURNED or UPHELD.",
        "appealDecision", form("record-appeal-decision.form")))
        .doesNotContain("appealDecision", "PARTIALLY_OVERTURNED").startsWith("“The payer's decision” must be ");
  }

  @Test
  void aRuleNamingTheApisFieldNamesTheFormsField() throws Exception {
    String sentence = RefusalSentences.forField("receivedOn is not a date (YYYY-MM-DD) channel must be PHONE, "
        + "MAIL, FAX or EMAIL", "receivedOn", form("record-payer-response.form"));
    // a one-word variable reads as the word it is; only names like receivedOn are variable names
    assertThat(sentence).isEqualTo("“Received on” is not a date (YYYY-MM-DD) channel must be Phone, Mail, Fax or "
        + "E-mail.");
  }

  @Test
  void idsRequestPathsAndCodesAreLeftOut() {
    String sentence = RefusalSentences.forField("Still missing for the internal appeal: Letter of medical necessity "
        + "(MEDICAL_NECESSITY_LETTER). Upload them (POST /api/claims/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0/documents, "
        + "or Attach a document to a claim in Tasklist), then complete the task.", "documents", FormLabels.NONE);
    assertThat(sentence).isEqualTo("Still missing for the internal appeal: Letter of medical necessity. Upload them "
        + "(Attach a document to a claim in Tasklist), then complete the task.");
  }

  @Test
  void citationsAndDatesInParenthesesStay() throws Exception {
    String reason = "The justification cites what the certified IDR entity must not consider: \"billed charges\" "
        + "(the provider's billed charges, PHSA 2799A-1(c)(5)(D)). Rewrite it.";
    assertThat(RefusalSentences.forField(reason, "offerJustification", form("prepare-idr-initiation.form")))
        .isEqualTo("“Justification”: " + reason);
    assertThat(RefusalSentences.forField("The date dispatchedOn (2026-06-19) is in the future.", "dispatchedOn",
        form("confirm-dispatch.form"))).isEqualTo("The date “Dispatched on” (2026-06-19) is in the future.");
  }

  @Test
  void theStartOfAnAttachedDocumentNamesTheEmbeddedFormsField() throws Exception {
    assertThat(RefusalSentences.forField("No claim DEMO-9999 of payer aetna-demo exists", "claimNumber",
        form("attach-document.html"))).isEqualTo("“Claim number”: No claim DEMO-9999 of payer aetna-demo exists.");
    assertThat(RefusalSentences.forField("Unknown document type X_RAY", "documentType",
        form("attach-document.html"))).isEqualTo("“Document type”: Unknown document type X_RAY.");
  }

  @Test
  void aVariableTheFormDoesNotHaveIsNotInventedALabel() throws Exception {
    assertThat(RefusalSentences.forField("Task 'Review initial payment' was not completed: claimId is not a field "
        + "of this task's form. Completing a task sets only the fields of its form.", "claimId",
        form("review-initial-payment.form")))
        .startsWith("Task 'Review initial payment' was not completed: claimId is not a field");
  }

  @Test
  void aRefusedChangeSaysWhatWasTriedAndWhy() {
    assertThat(RefusalSentences.forAuthorization(RefusalSentences.action("POST", "/task/abc/submit-form"),
        List.of("auditors"))).isEqualTo("Completing this task is not open to you: auditors read cases and change "
            + "nothing.");
    assertThat(RefusalSentences.action("PUT", "/process-instance/abc/variables/claimId"))
        .isEqualTo("Changing this case's variables");
    assertThat(RefusalSentences.action("POST", "/process-definition/key/attach-document/submit-form"))
        .isEqualTo("Starting this process");
    assertThat(RefusalSentences.action("POST", "/something/new")).isEqualTo("This change");
    assertThat(RefusalSentences.forAuthorization("Claiming this task", List.of("billing-supervisors")))
        .isEqualTo("Claiming this task is not open to you: it is not part of your groups' work.");
  }
}
