package org.claimrecovery.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One thing wrong in a rules file, at the field path an administrator looks for in the YAML, e.g.
 * {@code stateProcessEscalations[2].marginCalendarDays}; an empty path is the whole file.
 */
public record RulesProblem(String path, String message) {

  /** By path, entries in file order: rules[2] before rules[10]. */
  static final Comparator<RulesProblem> BY_PATH = Comparator.comparing(problem -> sortKey(problem.path()));

  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  /**
   * A problem for every entry of {@code entries} whose key an earlier entry already has, at the later entry: for
   * settings that must be unique, such as two entries of one payer on one day.
   *
   * @param message what is wrong with the entry, given the entry and the path of the earlier one
   */
  public static <T> List<RulesProblem> repeatedKeys(String listPath, List<T> entries, Function<T, ?> key,
      BiFunction<T, String, String> message) {
    Map<Object, Integer> firstIndex = new HashMap<>();
    List<RulesProblem> problems = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Integer earlier = firstIndex.putIfAbsent(key.apply(entries.get(i)), i);
      if (earlier != null) {
        problems.add(new RulesProblem(listPath + "[" + i + "]",
            message.apply(entries.get(i), listPath + "[" + earlier + "]")));
      }
    }
    return problems;
  }

  private static String sortKey(String path) {
    return INDEX.matcher(path).replaceAll(index -> "[%08d]".formatted(Integer.parseInt(index.group(1))));
  }

  /** How the problem reads in a message: the file, the field path, what is wrong. */
  String describe(String fileName) {
    return fileName + ": " + (path.isEmpty() ? "" : path + ": ") + message;
  }
}
