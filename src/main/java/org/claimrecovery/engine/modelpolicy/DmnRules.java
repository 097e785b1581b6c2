package org.claimrecovery.engine.modelpolicy;

import static org.claimrecovery.engine.modelpolicy.ModelXml.hasExpression;
import static org.claimrecovery.engine.modelpolicy.ModelXml.idOf;
import static org.claimrecovery.engine.modelpolicy.ModelXml.localName;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a decision table may hold (README "For process owners"): FEEL or the default language only, input
 * expressions that name a variable, output entries that are a literal or a variable name, input entries that
 * are FEEL simple unary tests of literals, and no {@code ${…}} or {@code #{…}} anywhere.
 */
final class DmnRules {

  /** "feel" and the FEEL namespaces of DMN 1.1 to 1.5, as Camunda's DMN engine knows them. */
  private static final Set<String> FEEL = Set.of("feel", "http://www.omg.org/spec/feel/20140401",
      "http://www.omg.org/spec/dmn/20180521/feel/", "https://www.omg.org/spec/dmn/20191111/feel/",
      "https://www.omg.org/spec/dmn/20211108/feel/", "https://www.omg.org/spec/dmn/20230324/feel/");

  /** Elements whose {@code <text>} is checked for its shape. */
  private static final Set<String> SHAPED = Set.of("inputExpression", "outputEntry", "literalExpression",
      "inputEntry", "inputValues", "outputValues");

  List<PolicyViolation> check(String resource, Element root) {
    List<PolicyViolation> violations = new ArrayList<>();
    check(resource, root, violations);
    return violations;
  }

  private void check(String resource, Element element, List<PolicyViolation> violations) {
    String name = localName(element);
    for (int i = 0; i < element.getAttributes().getLength(); i++) {
      Attr attribute = (Attr) element.getAttributes().item(i);
      String shown = attribute.getName() + "=\"" + attribute.getValue() + "\"";
      if (hasExpression(attribute.getValue())) {
        violations.add(new PolicyViolation(resource, idOf(element), shown + ": a decision holds no ${…} or #{…}"));
      }
      if ("expressionLanguage".equals(localName(attribute))
          && !FEEL.contains(attribute.getValue().strip().toLowerCase(Locale.ROOT))) {
        violations.add(new PolicyViolation(resource, idOf(element), shown + ": decision tables use FEEL"));
      }
    }
    if (SHAPED.contains(name)) {
      String text = ModelXml.childText(element, "text");
      shapeProblem(name, text == null ? "" : text.strip())
          .ifPresent(problem -> violations.add(new PolicyViolation(resource, idOf(element), problem)));
    } else if (!"text".equals(name) || !SHAPED.contains(localName(element.getParentNode()))) {
      String text = ModelXml.ownText(element).strip();
      if (hasExpression(text)) {
        violations.add(new PolicyViolation(resource, idOf(element),
            element.getTagName() + " " + text + ": a decision holds no ${…} or #{…}"));
      }
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        check(resource, childElement, violations);
      }
    }
  }

  private static Optional<String> shapeProblem(String element, String text) {
    String where = element + " " + (text.isEmpty() ? "(empty)" : text);
    if (hasExpression(text)) {
      return Optional.of(where + ": a decision holds no ${…} or #{…}");
    }
    return Optional.ofNullable(switch (element) {
      case "inputExpression" -> FeelTexts.isName(text) ? null
          : where + ": an input expression is a variable name, such as planType";
      case "outputEntry", "literalExpression" -> outputProblem(where, text);
      default -> FeelTexts.isSimpleUnaryTests(text) ? null
          : where + ": input entries and value lists are FEEL simple unary tests of literals, such as "
              + "\"MEDICAID\",\"OTHER\", < 100, [1..5], not(\"X\") or -";
    });
  }

  /** An output becomes a variable, which a form may show: no links or HTML in it either. */
  private static String outputProblem(String where, String text) {
    if (!text.isEmpty() && !FeelTexts.isName(text) && !FeelTexts.isLiteral(text)) {
      return where + ": an output is a literal, such as \"APPEAL\", or a variable name";
    }
    List<String> shown = RenderedText.problems(text);
    return shown.isEmpty() ? null : where + ": an output holds no " + String.join(", ", shown);
  }
}
