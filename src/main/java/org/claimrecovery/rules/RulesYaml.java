package org.claimrecovery.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** The one YAML mapper for rules files, and Jackson's errors in the words of the file. */
final class RulesYaml {

  private static final String UNKNOWN_PROPERTIES = "unknownProperties";

  /**
   * Unknown properties are problems: a misspelt key (e.g. "startOn") would otherwise silently drop a setting,
   * and a wrong deadline is worse than a rules file that refuses to load. They are collected rather than thrown,
   * so one start reports every misspelt key.
   */
  private static final ObjectMapper MAPPER = YAMLMapper.builder()
      .addModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      // a key given twice would silently keep the second value
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .addHandler(new UnknownPropertyCollector())
      .build();

  private RulesYaml() {
  }

  /**
   * Reads {@code type}, adding each unknown property to {@code problems}. An empty file reads as an empty mapping,
   * so every setting takes its default or is reported missing.
   *
   * @throws InvalidRulesFileException when the YAML cannot be read as {@code type} at all
   */
  static <T> T read(InputStream yaml, String fileName, Class<T> type, List<RulesProblem> problems) {
    try {
      JsonNode document = MAPPER.readTree(yaml);
      if (document == null || document.isMissingNode() || document.isNull()) {
        document = MAPPER.createObjectNode();
      }
      return MAPPER.readerFor(type).withAttribute(UNKNOWN_PROPERTIES, problems).readValue(document);
    } catch (JsonProcessingException unreadable) {
      problems.add(problem(unreadable));
      throw new InvalidRulesFileException(fileName, problems);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read rules file " + fileName, unreadable);
    }
  }

  private static RulesProblem problem(JsonProcessingException e) {
    if (e instanceof JsonMappingException mapping) {
      return new RulesProblem(path(mapping.getPath()), message(e));
    }
    String path = e instanceof StreamReadException syntax && syntax.getProcessor() != null
        ? path(syntax.getProcessor().getParsingContext())
        : "";
    if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
      String context = yaml.getContext() == null ? "" : yaml.getContext() + ": ";
      return new RulesProblem(path, "not valid YAML, " + context + yaml.getProblem() + " (line "
          + (yaml.getProblemMark().getLine() + 1) + ", column " + (yaml.getProblemMark().getColumn() + 1) + ")");
    }
    return new RulesProblem(path, message(e));
  }

  private static String message(JsonProcessingException e) {
    if (e instanceof InvalidFormatException wrongValue) {
      Class<?> type = wrongValue.getTargetType();
      return type.isEnum()
          ? "unknown value '" + wrongValue.getValue() + "', expected one of " + Arrays.stream(type.getEnumConstants())
              .map(constant -> ((Enum<?>) constant).name()).collect(Collectors.joining(", "))
          : "'" + wrongValue.getValue() + "' is not " + kind(type);
    }
    if (e instanceof ValueInstantiationException refused && refused.getCause() != null) {
      return refused.getCause().getMessage();
    }
    if (e instanceof MismatchedInputException wrongShape && wrongShape.getTargetType() != null) {
      return "expected " + kind(wrongShape.getTargetType()) + " here";
    }
    JsonLocation at = e.getLocation();
    return e.getOriginalMessage() + (at == null || at.getLineNr() < 1 ? ""
        : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
  }

  /** A Java type in YAML words. */
  private static String kind(Class<?> type) {
    if (type == LocalDate.class) {
      return "a date (YYYY-MM-DD)";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
      return "a number";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    return CharSequence.class.isAssignableFrom(type) ? "text" : "a mapping of " + type.getSimpleName();
  }

  private static String path(List<JsonMappingException.Reference> references) {
    return references.stream()
        .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }

  private static String path(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      if (at.inArray()) {
        parts.push("[" + at.getCurrentIndex() + "]");
      } else if (at.hasCurrentName()) {
        parts.push("." + at.getCurrentName());
      }
    }
    return String.join("", parts).replaceFirst("^\\.", "");
  }

  private static final class UnknownPropertyCollector extends DeserializationProblemHandler {

    @Override
    @SuppressWarnings("unchecked")
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
        JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
      var problems = (List<RulesProblem>) context.getAttribute(UNKNOWN_PROPERTIES);
      String known = deserializer.getKnownPropertyNames().stream().map(String::valueOf).sorted()
          .collect(Collectors.joining(", "));
      problems.add(new RulesProblem(path(parser.getParsingContext()), "unknown property (known: " + known + ")"));
      parser.skipChildren();
      return true;
    }
  }
}
