package org.claimrecovery.correspondence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter's words as a text file in {@code templates/}, so they are read and changed there, not in Java. The
 * first line is {@code Subject: …}; the rest is the body. A small part of Mustache, by lines: {@code {{name}}}
 * is a value; a line {@code {{#name}}} up to the line {@code {{/name}}} repeats for each entry of a list (or
 * shows once for {@code true}); {@code {{^name}}} shows for an empty list or {@code false}. Letters are plain
 * text: values are put in as they are.
 */
public final class LetterTemplate {

  private static final Pattern SECTION = Pattern.compile("\\{\\{([#^/])(\\w+)}}");
  private static final Pattern VALUE = Pattern.compile("\\{\\{(\\w+)}}");
  private static final String SUBJECT = "Subject: ";

  private final String name;
  private final String subject;
  private final List<String> body;

  private LetterTemplate(String name, String text) {
    this.name = name;
    var lines = text.lines().toList();
    if (lines.isEmpty() || !lines.get(0).startsWith(SUBJECT)) {
      throw new IllegalStateException(name + " must start with a line 'Subject: …'");
    }
    this.subject = lines.get(0).substring(SUBJECT.length()).strip();
    this.body = lines.subList(1, lines.size());
  }

  /** Loads {@code templates/<file>} from the class path. */
  public static LetterTemplate named(String file) {
    String path = "/templates/" + file;
    try (InputStream in = LetterTemplate.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing " + path);
      }
      return new LetterTemplate(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  public String subject(Map<String, ?> values) {
    return fill(subject, values);
  }

  public String body(Map<String, ?> values) {
    var out = new StringBuilder();
    render(body, values, out);
    return out.toString().strip() + "\n";
  }

  private void render(List<String> lines, Map<String, ?> values, StringBuilder out) {
    for (int i = 0; i < lines.size(); i++) {
      Matcher section = SECTION.matcher(lines.get(i).strip());
      if (!section.matches()) {
        out.append(fill(lines.get(i), values)).append('\n');
        continue;
      }
      String key = section.group(2);
      if (section.group(1).equals("/")) {
        throw new IllegalStateException(name + ": {{/" + key + "}} closes no section");
      }
      int end = closing(lines, i, key);
      var entries = entries(key, values.get(key));
      var inside = lines.subList(i + 1, end);
      if (section.group(1).equals("#")) {
        for (Map<String, ?> entry : entries) {
          var both = new HashMap<String, Object>(values);
          both.putAll(entry);
          render(inside, both, out);
        }
      } else if (entries.isEmpty()) {
        render(inside, values, out);
      }
      i = end;
    }
  }

  private int closing(List<String> lines, int open, String key) {
    for (int i = open + 1; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("{{/" + key + "}}")) {
        return i;
      }
    }
    throw new IllegalStateException(name + ": {{#" + key + "}} is never closed");
  }

  private String fill(String text, Map<String, ?> values) {
    Matcher value = VALUE.matcher(text);
    var out = new StringBuilder();
    while (value.find()) {
      String key = value.group(1);
      if (!values.containsKey(key)) {
        throw new IllegalStateException(name + " uses {{" + key + "}}, which the letter does not provide");
      }
      Object filled = values.get(key);
      value.appendReplacement(out, Matcher.quoteReplacement(filled == null ? "" : filled.toString()));
    }
    value.appendTail(out);
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, ?>> entries(String key, Object value) {
    if (value instanceof Boolean shown) {
      return shown ? List.of(Map.of()) : List.of();
    }
    if (value instanceof List<?> list) {
      return (List<Map<String, ?>>) list;
    }
    throw new IllegalStateException(name + " uses section {{#" + key + "}}, which the letter does not provide");
  }
}
