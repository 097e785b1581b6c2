package org.claimrecovery.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a form calls its fields: the label a person reads for each variable (key) and, for choices, the label of each
 * option value. Read from a Camunda Form (JSON: components with {@code key}, {@code label} and {@code values}) or an
 * embedded HTML form ({@code cam-variable-name} fields with their {@code <label for>} and {@code <option>}s).
 */
record FormLabels(Map<String, Field> fields) {

  /** One field of a form: its variable, its label, and the labels of its option values (empty if it has none). */
  record Field(String key, String label, Map<String, String> options) {}

  static final FormLabels NONE = new FormLabels(Map.of());

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern FIELD_ELEMENT = Pattern.compile("<(input|select|textarea)\\b([^>]*)>",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern LABEL = Pattern.compile("<label\\b([^>]*)>(.*?)</label>",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>(.*?)</option>",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern SELECT_END = Pattern.compile("</select>", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  FormLabels {
    fields = Map.copyOf(fields);
  }

  /** The fields of a Camunda Form (form-js JSON), nested groups included. */
  static FormLabels ofCamundaForm(String json) {
    try {
      var fields = new LinkedHashMap<String, Field>();
      collect(JSON.readTree(json), fields);
      return new FormLabels(fields);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("not a Camunda Form", unreadable);
    }
  }

  /** The fields of an embedded HTML form: each {@code cam-variable-name} with the label that names its id. */
  static FormLabels ofEmbeddedForm(String html) {
    var labels = new LinkedHashMap<String, String>();
    Matcher labelElement = LABEL.matcher(html);
    while (labelElement.find()) {
      String target = attributes(labelElement.group(1)).get("for");
      if (target != null) {
        labels.put(target, text(labelElement.group(2)));
      }
    }
    var fields = new LinkedHashMap<String, Field>();
    Matcher element = FIELD_ELEMENT.matcher(html);
    while (element.find()) {
      var attributes = attributes(element.group(2));
      String key = attributes.get("cam-variable-name");
      String label = labels.get(attributes.get("id"));
      if (key == null || label == null || label.isBlank()) {
        continue;
      }
      var options = new LinkedHashMap<String, String>();
      if (element.group(1).equalsIgnoreCase("select")) {
        Matcher end = SELECT_END.matcher(html);
        int until = end.find(element.end()) ? end.start() : html.length();
        Matcher option = OPTION.matcher(html).region(element.end(), until);
        while (option.find()) {
          String value = attributes(option.group(1)).get("value");
          if (value != null) {
            options.put(value, text(option.group(2)));
          }
        }
      }
      fields.put(key, new Field(key, label, options));
    }
    return new FormLabels(fields);
  }

  /** The fields of a form the engine generates from the model (camunda:formField), by their labels. */
  static FormLabels ofGeneratedFields(Map<String, String> labelsByKey) {
    var fields = new LinkedHashMap<String, Field>();
    labelsByKey.forEach((key, label) -> {
      if (key != null && label != null && !label.isBlank()) {
        fields.put(key, new Field(key, label.strip(), Map.of()));
      }
    });
    return new FormLabels(fields);
  }

  /** Both forms' fields; where both name a key, this form's field. */
  FormLabels and(FormLabels other) {
    var merged = new LinkedHashMap<>(other.fields);
    merged.putAll(fields);
    return new FormLabels(merged);
  }

  /**
   * The field a refusal names: its key, or else the one field whose key ends with it (a rule may name the date a
   * payer's response arrived {@code receivedOn} where the form calls it {@code responseReceivedOn}).
   */
  Optional<Field> field(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    if (fields.containsKey(name)) {
      return Optional.of(fields.get(name));
    }
    String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    List<Field> endingWith = fields.values().stream().filter(field -> field.key().endsWith(suffix)).toList();
    return endingWith.size() == 1 ? Optional.of(endingWith.get(0)) : Optional.empty();
  }

  private static void collect(JsonNode node, Map<String, Field> fields) {
    if (node.isObject()) {
      if (node.hasNonNull("key") && node.hasNonNull("type") && node.hasNonNull("label")
          && !node.get("label").asText().isBlank()) {
        var options = new LinkedHashMap<String, String>();
        if (node.path("values").isArray()) {
          for (JsonNode option : node.get("values")) {
            if (option.hasNonNull("value") && option.hasNonNull("label")) {
              options.put(option.get("value").asText(), option.get("label").asText());
            }
          }
        }
        String key = node.get("key").asText();
        fields.putIfAbsent(key, new Field(key, node.get("label").asText().strip(), options));
      }
      node.forEach(child -> collect(child, fields));
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, fields));
    }
  }

  private static Map<String, String> attributes(String tagBody) {
    var attributes = new LinkedHashMap<String, String>();
    Matcher attribute = ATTRIBUTE.matcher(tagBody);
    while (attribute.find()) {
      attributes.put(attribute.group(1).toLowerCase(), unescape(attribute.group(2)));
    }
    return attributes;
  }

  private static String text(String html) {
    return unescape(TAG.matcher(html).replaceAll(" ")).replaceAll("\\s+", " ").strip();
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&nbsp;", " ").replace("&amp;", "&");
  }
}
