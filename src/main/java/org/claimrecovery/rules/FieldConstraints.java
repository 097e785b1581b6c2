package org.claimrecovery.rules;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;

/**
 * The Bean Validation constraints of a rules file's records (@NotBlank citation, @PositiveOrZero margin, …),
 * reported at the field path of the YAML.
 */
final class FieldConstraints {

  /** Messages in English whatever the server's locale: they are read next to English YAML keys. */
  private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
      .defaultLocale(Locale.ENGLISH)
      .buildValidatorFactory()
      .getValidator();

  private FieldConstraints() {
  }

  static List<RulesProblem> problems(Object rules) {
    return VALIDATOR.validate(rules).stream()
        .map(violation -> new RulesProblem(path(violation), violation.getMessage()))
        .toList();
  }

  /**
   * The path of the YAML field. A constraint spanning several fields sits on an {@code isXxx()} method of the
   * record, which is no YAML key: it is reported at the entry, and its message names the fields.
   */
  private static String path(ConstraintViolation<?> violation) {
    List<Path.Node> nodes = new ArrayList<>();
    violation.getPropertyPath().forEach(nodes::add);
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < nodes.size(); i++) {
      Path.Node node = nodes.get(i);
      if (node.getIndex() != null) {
        path.append('[').append(node.getIndex()).append(']');
      }
      boolean last = i == nodes.size() - 1;
      if (node.getKind() == ElementKind.PROPERTY && (!last || isYamlKey(violation.getLeafBean(), node.getName()))) {
        path.append(path.isEmpty() ? "" : ".").append(node.getName());
      }
    }
    return path.toString();
  }

  private static boolean isYamlKey(Object entry, String name) {
    return !entry.getClass().isRecord() || Arrays.stream(entry.getClass().getRecordComponents())
        .anyMatch(component -> component.getName().equals(name));
  }
}
