package org.claimrecovery.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rules file that cannot be used. The message lists every problem found, one a line in the order of their
 * paths, each naming the file and the field path, so one start of the service shows everything to fix.
 */
public class InvalidRulesFileException extends IllegalArgumentException {

  InvalidRulesFileException(String fileName, List<RulesProblem> problems) {
    super(problems.stream().sorted(RulesProblem.BY_PATH).map(problem -> problem.describe(fileName))
        .collect(Collectors.joining("\n")));
  }
}
