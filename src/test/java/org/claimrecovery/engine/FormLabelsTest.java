package org.claimrecovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormLabelsTest {

  @Test
  void aCamundaFormNamesItsFieldsAndChoices() throws Exception {
    var labels = FormLabels.ofCamundaForm(Files.readString(Path.of("forms/review-initial-payment.form")));

    assertThat(labels.fields()).containsOnlyKeys("decision", "acceptReason", "reviewNote");
    assertThat(labels.field("acceptReason").orElseThrow().label()).isEqualTo("Why accept a payment below the QPA?");
    assertThat(labels.field("decision").orElseThrow().options())
        .containsEntry("ACCEPT", "Accept the payment").containsEntry("DISPUTE", "Dispute (appeal / IDR)");
  }

  @Test
  void anEmbeddedFormNamesItsFieldsByTheirLabelsAndItsOptions() throws Exception {
    var labels = FormLabels.ofEmbeddedForm(Files.readString(Path.of("forms/attach-document.html")));

    assertThat(labels.fields()).containsOnlyKeys("claimNumber", "payerId", "documentType", "document");
    assertThat(labels.field("claimNumber").orElseThrow().label()).isEqualTo("Claim number");
    assertThat(labels.field("document").orElseThrow().label()).isEqualTo("File");
    assertThat(labels.field("documentType").orElseThrow().options())
        .containsEntry("REMITTANCE", "Remittance advice (EOB/ERA)").hasSize(9);
  }

  @Test
  void aRuleNamingTheApisFieldFindsTheFormsFieldThatEndsWithIt() throws Exception {
    var labels = FormLabels.ofCamundaForm(Files.readString(Path.of("forms/record-payer-response.form")));

    assertThat(labels.field("receivedOn").orElseThrow().key()).isEqualTo("responseReceivedOn");
    assertThat(labels.field("channel").orElseThrow().label()).isEqualTo("Channel");
    assertThat(labels.field("claimId")).isEmpty();
    assertThat(labels.field(null)).isEmpty();
  }

  @Test
  void fieldsWithoutALabelAreNotNamed() {
    var labels = FormLabels.ofEmbeddedForm("""
        <label for="a">First &amp; <b>only</b></label><input id="a" cam-variable-name="first">
        <input id="b" cam-variable-name="unlabelled">""");
    assertThat(labels.fields()).containsOnlyKeys("first");
    assertThat(labels.field("first").orElseThrow().label()).isEqualTo("First & only");
    assertThat(FormLabels.ofGeneratedFields(Map.of("x", "X", "y", " ")).fields()).containsOnlyKeys("x");
  }
}
