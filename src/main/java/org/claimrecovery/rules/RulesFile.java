package org.claimrecovery.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The one way a rules file (rules/*.yaml) becomes rule data: read by one YAML mapper, checked field by field
 * with Bean Validation, then across entries. A broken file is refused with every problem at once, each naming
 * the file and the field path, so an administrator fixes a file outside the jar in one go.
 */
public final class RulesFile {

  private RulesFile() {
  }

  public static <T> T load(InputStream yaml, String fileName, Class<T> type) {
    return load(yaml, fileName, type, rules -> List.of());
  }

  /**
   * @param acrossEntries the checks no single entry can make (unique codes, references between entries); they run
   *                      once every entry is well-formed, so they need not guard against missing fields
   */
  public static <T> T load(InputStream yaml, String fileName, Class<T> type,
      Function<T, List<RulesProblem>> acrossEntries) {
    List<RulesProblem> problems = new ArrayList<>();
    T rules = RulesYaml.read(yaml, fileName, type, problems);
    problems.addAll(FieldConstraints.problems(rules));
    if (problems.isEmpty()) {
      problems.addAll(acrossEntries.apply(rules));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRulesFileException(fileName, problems);
    }
    return rules;
  }

  /** Opens {@code file} for {@code load}, named as an administrator finds it: its path in the jar or on disk. */
  public static <T> T read(Resource file, BiFunction<InputStream, String, T> load) {
    String fileName = nameOf(file);
    try (InputStream yaml = file.getInputStream()) {
      return load.apply(yaml, fileName);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read rules file " + fileName, unreadable);
    }
  }

  private static String nameOf(Resource file) {
    if (file instanceof ClassPathResource inJar) {
      return inJar.getPath();
    }
    try {
      return file.isFile() ? file.getFile().getPath() : file.getDescription();
    } catch (IOException notAFile) {
      return file.getDescription();
    }
  }
}
