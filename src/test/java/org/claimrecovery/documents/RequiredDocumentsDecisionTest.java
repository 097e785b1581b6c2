package org.claimrecovery.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The decision requiredDocuments (bpmn/required-documents.dmn) per mechanism and appeal level, on the Java FEEL the
 * service runs (application.yaml). A document is written TYPE, or TYPE/ALTERNATIVE when either satisfies it. Every
 * rule is some row's reason, so a rule no row explains fails the class.
 */
class RequiredDocumentsDecisionTest {

  static final Path TABLE = Path.of("bpmn/required-documents.dmn");

  private static DmnEngine engine;
  private static DmnDecision requiredDocuments;
  private static final List<String> matched = new ArrayList<>();
  private static final Set<String> allRules = new TreeSet<>();
  private static final Set<String> explained = new TreeSet<>();

  @BeforeAll
  static void readTheDecision() throws Exception {
    var configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.enableFeelLegacyBehavior(true);
    configuration.customPostDecisionEvaluationListeners(List.of(new DmnDecisionEvaluationListener() {
      @Override
      public void notify(DmnDecisionEvaluationEvent event) {
        if (event.getDecisionResult() instanceof DmnDecisionTableEvaluationEvent table) {
          table.getMatchingRules().forEach(rule -> matched.add(rule.getId()));
        }
      }
    }));
    engine = configuration.buildEngine();
    try (InputStream dmn = Files.newInputStream(TABLE)) {
      requiredDocuments = engine.parseDecision("requiredDocuments", dmn);
    }
    var rule = Pattern.compile("<rule id=\"([A-Za-z]+)\"").matcher(Files.readString(TABLE));
    while (rule.find()) {
      allRules.add(rule.group(1));
    }
  }

  @ParameterizedTest(name = "{0}: {1} level {2}, {3}, CARC {4} -> {5} ({7})")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      level-1 appeal of an underpayment        | INTERNAL_APPEAL     | 1    | APPEAL         | null | DENIAL_LETTER/REMITTANCE ITEMIZED_BILL MEDICAL_RECORD                                                | internalAppealDeterminationAppealed internalAppealItemizedBill internalAppealMedicalRecords | 29 CFR 2560.503-1(g)(1), (h)(2)(ii)
      level-1 appeal of a non-covered charge    | INTERNAL_APPEAL     | 1    | APPEAL         | 96   | DENIAL_LETTER/REMITTANCE ITEMIZED_BILL MEDICAL_RECORD                                                | internalAppealDeterminationAppealed internalAppealItemizedBill internalAppealMedicalRecords | 29 CFR 2560.503-1(h)(2)(ii)
      an appeal whose level is not given        | INTERNAL_APPEAL     | null | APPEAL         | null | DENIAL_LETTER/REMITTANCE ITEMIZED_BILL MEDICAL_RECORD                                                | internalAppealDeterminationAppealed internalAppealItemizedBill internalAppealMedicalRecords | a missing level is level 1
      level-2 appeal adds the level-1 decision  | INTERNAL_APPEAL     | 2    | APPEAL         | 96   | DENIAL_LETTER/REMITTANCE ITEMIZED_BILL MEDICAL_RECORD APPEAL_DECISION_LETTER                         | internalAppealDeterminationAppealed internalAppealItemizedBill internalAppealMedicalRecords secondLevelAppealFirstLevelDecision | 29 CFR 2560.503-1(j), (i)(2)(iii)
      level-1 appeal of a medical necessity denial | INTERNAL_APPEAL  | 1    | APPEAL         | 50   | DENIAL_LETTER/REMITTANCE ITEMIZED_BILL MEDICAL_RECORD MEDICAL_NECESSITY_LETTER                       | internalAppealDeterminationAppealed internalAppealItemizedBill internalAppealMedicalRecords medicalNecessityLetter | 29 CFR 2560.503-1(h)(3)(iii), CARC 50
      level-2 appeal of an experimental denial  | INTERNAL_APPEAL     | 2    | FEDERAL_IDR    | 55   | DENIAL_LETTER/REMITTANCE ITEMIZED_BILL MEDICAL_RECORD APPEAL_DECISION_LETTER MEDICAL_NECESSITY_LETTER | internalAppealDeterminationAppealed internalAppealItemizedBill internalAppealMedicalRecords secondLevelAppealFirstLevelDecision medicalNecessityLetter | CARC 55; a coverage denial of an NSA item is appealed
      external review                           | EXTERNAL_REVIEW     | null | APPEAL         | 96   | APPEAL_DECISION_LETTER MEDICAL_RECORD ITEMIZED_BILL                                                  | externalReviewFinalDetermination externalReviewMedicalRecords externalReviewItemizedBill | 45 CFR 147.136(d)(2)(i)
      external review of a not-proven treatment | EXTERNAL_REVIEW     | null | APPEAL         | 56   | APPEAL_DECISION_LETTER MEDICAL_RECORD ITEMIZED_BILL MEDICAL_NECESSITY_LETTER                         | externalReviewFinalDetermination externalReviewMedicalRecords externalReviewItemizedBill medicalNecessityLetter | 45 CFR 147.136(d)(1), CARC 56
      state dispute process                     | STATE_DISPUTE       | null | STATE_PROCESS  | null | ITEMIZED_BILL REMITTANCE                                                                             | stateDisputeItemizedBill stateDisputeRemittance | Tex. Ins. Code ch. 1467
      a medical necessity code adds nothing to a state dispute | STATE_DISPUTE | null | STATE_PROCESS | 50 | ITEMIZED_BILL REMITTANCE                                                                    | stateDisputeItemizedBill stateDisputeRemittance | the state process decides amounts
      complaint to the regulator                | REGULATOR_COMPLAINT | null | APPEAL         | 50   | CORRESPONDENCE                                                                                       | regulatorComplaintCorrespondence | house rule
      federal IDR initiation                    | FEDERAL_IDR         | null | FEDERAL_IDR    | null | ITEMIZED_BILL REMITTANCE/DENIAL_LETTER                                                               | federalIdrItemizedBill federalIdrInitialPayment | 45 CFR 149.510(b)(2)(iii), 149.140(d)(1)
      """)
  void eachMechanismRequiresItsDocuments(String situation, String mechanism, Integer level, String pathway,
      String denialReason, String documents, String rules, String citation) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("mechanism", mechanism);
    inputs.put("level", level);
    inputs.put("pathway", pathway);
    inputs.put("denialReason", denialReason);
    matched.clear();

    var result = engine.evaluateDecisionTable(requiredDocuments, inputs);

    List<String> required = result.getResultList().stream()
        .map(row -> RequiredDocument.of((String) row.get("documentType"), (String) row.get("alternatives"),
            (String) row.get("why")))
        .map(document -> String.join("/", document.satisfiedBy().stream().map(Enum::name).toList()))
        .toList();
    assertThat(required).as(situation + " (" + citation + ")").containsExactlyInAnyOrder(documents.split(" "));
    assertThat(matched).as("the rules that decide " + situation).containsExactlyInAnyOrder(rules.split(" "));
    result.getResultList().forEach(row -> assertThat((String) row.get("why")).as("why, in " + situation)
        .isNotBlank().contains("("));
    explained.addAll(matched);
  }

  @Test
  void eitherAlternativeSatisfiesTheDeterminationAppealed() {
    var determination = RequiredDocument.of("DENIAL_LETTER", "REMITTANCE", "why");

    assertThat(determination.isMetBy(Set.of(DocumentType.REMITTANCE))).isTrue();
    assertThat(determination.isMetBy(Set.of(DocumentType.DENIAL_LETTER))).isTrue();
    assertThat(determination.isMetBy(Set.of(DocumentType.ITEMIZED_BILL, DocumentType.CORRESPONDENCE))).isFalse();
  }

  @Test
  void everyMechanismRequiresSomething() {
    for (DisputeMechanism mechanism : DisputeMechanism.values()) {
      Map<String, Object> inputs = new HashMap<>();
      inputs.put("mechanism", mechanism.name());
      inputs.put("level", null);
      inputs.put("pathway", null);
      inputs.put("denialReason", null);
      assertThat(engine.evaluateDecisionTable(requiredDocuments, inputs).getResultList())
          .as(mechanism + " in bpmn/required-documents.dmn").isNotEmpty();
    }
  }

  @Test
  void everyTypeTheTableNamesIsOneTheProductKnows() throws Exception {
    var output = Pattern.compile("<outputEntry id=\"\\w+_(documentType|alternatives)\">\\s*<text>([^<]*)</text>")
        .matcher(Files.readString(TABLE));
    int outputs = 0;
    while (output.find()) {
      String types = output.group(2).replace("\"", "");
      assertThatCode(() -> RequiredDocument.of(types.isBlank() ? "OTHER" : types.split(",")[0], types, "why"))
          .as(output.group(0)).doesNotThrowAnyException();
      outputs++;
    }
    assertThat(outputs).isEqualTo(2 * allRules.size());
    assertThat(Files.readString(TABLE)).contains(Arrays.stream(DocumentType.values())
        .map(type -> "\"" + type.name() + "\"").toList().toArray(String[]::new));
  }

  @AfterAll
  static void everyRuleIsSomeRowsReason() {
    assertThat(explained).as("rules of bpmn/required-documents.dmn that no row explains").containsAll(allRules);
  }
}
