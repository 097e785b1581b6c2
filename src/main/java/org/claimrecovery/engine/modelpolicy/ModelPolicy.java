package org.claimrecovery.engine.modelpolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Deploying a model is not deploying code (README "For process owners"): what a deployment may contain.
 * BPMN, DMN and Camunda Forms by anyone, each checked by its rules; embedded HTML forms, which carry
 * JavaScript for staff browsers, only in the service's own deployment of its release; nothing else.
 * Knows no engine: it reads resources by name and content.
 */
final class ModelPolicy {

  /** Who deploys: the service at start (no user) or a person (Camunda Modeler, the REST API). */
  enum Origin { RELEASE, PERSON }

  private final BpmnRules bpmn;
  private final DmnRules dmn = new DmnRules();
  private final FormRules forms = new FormRules();

  /**
   * @param delegateBeans the beans a delegate expression may name
   * @param deadlineMethods the methods of the {@code deadlines} bean expressions may call
   */
  ModelPolicy(Set<String> delegateBeans, Set<String> deadlineMethods) {
    this.bpmn = new BpmnRules(new ExpressionShapes(delegateBeans, deadlineMethods));
  }

  /** Every problem of the deployment, resource by resource; empty when it may be deployed. */
  List<PolicyViolation> check(Map<String, byte[]> resources, Origin origin) {
    List<PolicyViolation> violations = new ArrayList<>();
    resources.forEach((name, content) -> violations.addAll(check(name, content, origin)));
    return violations;
  }

  private List<PolicyViolation> check(String name, byte[] content, Origin origin) {
    if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
      Element root = ModelXml.parse(content);
      return root == null ? List.of(unreadable(name)) : bpmn.check(name, root);
    }
    if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
      Element root = ModelXml.parse(content);
      return root == null ? List.of(unreadable(name)) : dmn.check(name, root);
    }
    if (name.endsWith(".form")) {
      return forms.check(name, content);
    }
    if (name.endsWith(".html") && origin == Origin.RELEASE) {
      return List.of();
    }
    if (name.endsWith(".html")) {
      return List.of(new PolicyViolation(name, null, "an embedded HTML form carries JavaScript for staff browsers"
          + " and ships only with a release of the service; use a Camunda Form (.form)"));
    }
    return List.of(new PolicyViolation(name, null, "a deployment holds BPMN (.bpmn), DMN (.dmn) and Camunda Forms"
        + " (.form) only"));
  }

  private static PolicyViolation unreadable(String name) {
    return new PolicyViolation(name, null, "not XML the model policy can read (a DOCTYPE is not allowed either)");
  }
}
