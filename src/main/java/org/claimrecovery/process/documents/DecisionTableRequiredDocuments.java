package org.claimrecovery.process.documents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.claimrecovery.documents.Filing;
import org.claimrecovery.documents.RequiredDocument;
import org.claimrecovery.documents.RequiredDocumentRules;
import org.claimrecovery.process.PrivilegedEngineCalls;
import org.springframework.stereotype.Component;

/**
 * The required documents as the process owners' decision table requiredDocuments (bpmn/required-documents.dmn)
 * states them, latest deployed version. Evaluated for the product, not the person: staff may not evaluate decisions
 * through the engine API, yet a check runs when one of them completes a task.
 */
@Component
class DecisionTableRequiredDocuments implements RequiredDocumentRules {

  static final String DECISION_KEY = "requiredDocuments";

  private final DecisionService decisions;
  private final PrivilegedEngineCalls privileged;

  DecisionTableRequiredDocuments(DecisionService decisions, PrivilegedEngineCalls privileged) {
    this.decisions = decisions;
    this.privileged = privileged;
  }

  @Override
  public List<RequiredDocument> requiredFor(Filing filing) {
    // every input is set, null included: a missing variable would stop the decision
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("mechanism", filing.mechanism().name());
    inputs.put("level", filing.level());
    inputs.put("pathway", filing.pathway() == null ? null : filing.pathway().name());
    inputs.put("denialReason", filing.denialReason());
    var result = privileged.run(() -> decisions.evaluateDecisionByKey(DECISION_KEY).variables(inputs).evaluate());
    return result.getResultList().stream()
        .map(row -> RequiredDocument.of(text(row.get("documentType")), text(row.get("alternatives")),
            text(row.get("why"))))
        .toList();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
