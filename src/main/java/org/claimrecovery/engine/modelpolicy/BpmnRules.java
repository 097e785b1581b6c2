package org.claimrecovery.engine.modelpolicy;

import static org.claimrecovery.engine.modelpolicy.ModelXml.hasExpression;
import static org.claimrecovery.engine.modelpolicy.ModelXml.idOf;
import static org.claimrecovery.engine.modelpolicy.ModelXml.localName;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a BPMN model may hold: no scripts, no Java class names, no connectors, expressions only in the shapes
 * of {@link ExpressionShapes}, forms only from the deployment or the service. Checked on every element and
 * attribute, whatever its namespace (Camunda still reads the old {@code activiti:} one).
 */
final class BpmnRules {

  /** Elements that run code or call out: refused with what they are. */
  private static final Map<String, String> CODE_ELEMENTS = Map.of(
      "scriptTask", "a script task runs code on the server",
      "script", "a script runs code on the server",
      "connector", "a connector calls another system from the server");

  /** Not checked: text for people, never evaluated. */
  private static final Set<String> PROSE = Set.of("documentation", "textAnnotation");

  /** Where a form may come from: a deployed Camunda Form or embedded form, or the service's own pages. */
  private static final List<String> FORM_SOURCES = List.of("embedded:deployment:", "embedded:app:",
      "camunda-forms:deployment:", "camunda-forms:app:");

  private final ExpressionShapes expressions;

  BpmnRules(ExpressionShapes expressions) {
    this.expressions = expressions;
  }

  List<PolicyViolation> check(String resource, Element root) {
    List<PolicyViolation> violations = new ArrayList<>();
    check(resource, root, violations);
    return violations;
  }

  private void check(String resource, Element element, List<PolicyViolation> violations) {
    String name = localName(element);
    if (PROSE.contains(name)) {
      return;
    }
    if (CODE_ELEMENTS.containsKey(name)) {
      violations.add(new PolicyViolation(resource, idOf(element), element.getTagName() + ": "
          + CODE_ELEMENTS.get(name) + "; use a service task with a delegate bean"));
      return;
    }
    for (int i = 0; i < element.getAttributes().getLength(); i++) {
      Attr attribute = (Attr) element.getAttributes().item(i);
      attributeProblems(element, attribute)
          .forEach(problem -> violations.add(new PolicyViolation(resource, idOf(element), problem)));
    }
    String text = ModelXml.ownText(element);
    List<String> textProblems = hasExpression(text) ? expressions.problems(text.strip(), true)
        : RenderedText.problems(text).stream().map(problem -> text.strip() + " holds " + problem).toList();
    textProblems.forEach(problem -> violations.add(new PolicyViolation(resource, idOf(element),
        element.getTagName() + " " + problem)));
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        check(resource, childElement, violations);
      }
    }
  }

  private List<String> attributeProblems(Element element, Attr attribute) {
    String name = localName(attribute);
    String value = attribute.getValue();
    String shown = attribute.getName() + "=\"" + value + "\"";
    if ("http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
      return List.of();
    }
    if (name.equals("class") || name.endsWith("Class")) {
      return List.of(shown + ": a model names no Java class; use a delegate bean, ${beanName}");
    }
    if (name.equals("language") || name.equals("scriptFormat") || name.equals("resource")) {
      return List.of(shown + ": a model holds no scripts");
    }
    if (name.equals("config") && "validator".equals(element.getAttribute("name")) && !hasExpression(value)) {
      return List.of(shown + ": a custom form field validator is a Java class");
    }
    if (name.equals("formKey")
        && (FORM_SOURCES.stream().noneMatch(value::startsWith) || value.contains("://") || hasExpression(value))) {
      return List.of(shown + ": a form comes from the deployment or the service (" + String.join(", ",
          FORM_SOURCES) + "), never from another server or a variable");
    }
    if (name.endsWith("delegateExpression") || name.endsWith("DelegateExpression")) {
      return expressions.delegateProblems(value).stream().map(problem -> attribute.getName() + " " + problem)
          .toList();
    }
    if (hasExpression(value)) {
      return expressions.problems(value, false).stream().map(problem -> attribute.getName() + " " + problem)
          .toList();
    }
    return List.of();
  }
}
