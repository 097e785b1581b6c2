package org.claimrecovery.deadlines;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.util.stream.Collectors;

/** The one YAML reader for deadline configuration. */
final class Yaml {

  /**
   * Unknown properties fail: a misspelt key (e.g. "startOn") would otherwise silently drop a rule's
   * setting, and a wrong deadline is worse than a configuration that refuses to load.
   */
  static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
      .registerModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private Yaml() {
  }

  /** Jackson's message plus where in the document the problem is, e.g. "rules[3].length". */
  static String describe(JsonProcessingException e) {
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String path = mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining())
          .replaceFirst("^\\.", "");
      return "at " + path + ": " + e.getOriginalMessage();
    }
    return e.getOriginalMessage();
  }
}
