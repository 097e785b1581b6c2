package org.claimrecovery.engine.modelpolicy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a Camunda Form may hold: components Tasklist 7.24 renders (form-js 1.8.7) that carry no code or
 * outside content (no {@code html}, {@code iframe} or {@code image}), and text that is {@link RenderedText}.
 * A FEEL expression ({@code =…}) or template ({@code {{…}}}) may not call functions or join pieces into a
 * link: its text is checked again with quotes, {@code +} and spaces taken out.
 */
final class FormRules {

  private static final Set<String> COMPONENT_TYPES = Set.of("textfield", "textarea", "number", "datetime", "checkbox",
      "checklist", "radio", "select", "taglist", "button", "text", "spacer", "separator", "group", "dynamiclist",
      "table", "expression");

  private static final ObjectMapper JSON = new ObjectMapper();

  List<PolicyViolation> check(String resource, byte[] content) {
    JsonNode form;
    try {
      form = JSON.readTree(content);
    } catch (IOException unreadable) {
      return List.of(new PolicyViolation(resource, null, "not a Camunda Form (JSON): " + unreadable.getMessage()));
    }
    if (form == null || !form.isObject()) {
      return List.of(new PolicyViolation(resource, null, "not a Camunda Form (a JSON object)"));
    }
    List<PolicyViolation> violations = new ArrayList<>();
    checkComponents(resource, form.path("components"), violations);
    checkTexts(resource, form, form.path("id").asText(null), violations);
    return violations;
  }

  private void checkComponents(String resource, JsonNode components, List<PolicyViolation> violations) {
    for (JsonNode component : components) {
      String type = component.path("type").asText(null);
      if (!COMPONENT_TYPES.contains(type)) {
        violations.add(new PolicyViolation(resource, component.path("id").asText(null), "component type " + type
            + " is not allowed; forms use " + new TreeSet<>(COMPONENT_TYPES)));
      }
      checkComponents(resource, component.path("components"), violations);
    }
  }

  private void checkTexts(String resource, JsonNode node, String id, List<PolicyViolation> violations) {
    if (node.isTextual()) {
      textProblems(node.asText())
          .forEach(problem -> violations.add(new PolicyViolation(resource, id, "text " + node + " holds " + problem)));
      return;
    }
    String ownId = node.isObject() && node.hasNonNull("id") ? node.get("id").asText() : id;
    node.forEach(child -> checkTexts(resource, child, ownId, violations));
  }

  private static Set<String> textProblems(String text) {
    Set<String> problems = new LinkedHashSet<>(RenderedText.problems(text));
    if (text.startsWith("=") || text.contains("{{")) {
      problems.addAll(RenderedText.problems(text.replaceAll("[\"+\\s]", "")));
      if (text.contains("(")) {
        problems.add("a function call");
      }
    }
    return problems;
  }
}
