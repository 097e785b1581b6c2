package org.claimrecovery.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rules file that cannot be used. The message lists every problem found, one a line, each naming the file
 * and the field path, so one start of the service shows everything to fix.
 */
public class InvalidRulesFileException extends IllegalArgumentException {

  private final String fileName;
  private final transient List<RulesProblem> problems;

  InvalidRulesFileException(String fileName, List<RulesProblem> problems) {
    super(problems.stream().map(problem -> problem.describe(fileName)).collect(Collectors.joining("\n")));
    this.fileName = fileName;
    this.problems = List.copyOf(problems);
  }

  public String fileName() {
    return fileName;
  }

  public List<RulesProblem> problems() {
    return problems;
  }
}
