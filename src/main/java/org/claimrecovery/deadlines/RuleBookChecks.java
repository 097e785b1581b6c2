package org.claimrecovery.deadlines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.claimrecovery.rules.Dated;
import org.claimrecovery.rules.RulesProblem;

/**
 * The checks of a rule book that no single rule can make: one federal rule set per day, one version of a rule
 * per day, known references, no cycles. Each rule is well-formed by then (its record's constraints).
 */
final class RuleBookChecks {

  private RuleBookChecks() {
  }

  static List<RulesProblem> problems(List<RuleSet> ruleSets, List<Provision> provisions, List<DeadlineRule> rules) {
    List<RulesProblem> problems = new ArrayList<>(RulesProblem.repeatedKeys("ruleSets", ruleSets, RuleSet::id,
        (ruleSet, first) -> "id " + ruleSet.id() + " is used twice, first at " + first));
    // a case must map to exactly one federal rule set: no two may overlap
    problems.addAll(RulesProblem.repeatedKeys("provisions", provisions, Provision::id,
        (provision, first) -> "id " + provision.id() + " is used twice, first at " + first));
    problems.addAll(overlapping("ruleSets", ruleSets, (ruleSet, other) -> true,
        (ruleSet, other) -> "effective dates overlap " + other));
    // versions of one rule may follow each other in time, or govern different cases (plan types, categories,
    // ...), but never both govern one case on one day
    problems.addAll(overlapping("rules", rules,
        (rule, other) -> rule.code().equals(other.code()) && rule.sharesScopeWith(other),
        (rule, other) -> "another version of " + rule.code() + " (" + other
            + ") governs the same cases on overlapping effective dates"));
    Set<String> provisionIds = provisions.stream().map(Provision::id).collect(Collectors.toSet());
    Set<String> ruleSetIds = ruleSets.stream().map(RuleSet::id).collect(Collectors.toSet());
    Set<String> codes = rules.stream().map(DeadlineRule::code).collect(Collectors.toSet());
    for (int i = 0; i < rules.size(); i++) {
      problems.addAll(unknownReferences(rules.get(i), "rules[" + i + "]", ruleSetIds, codes));
      if (rules.get(i).awaitsProvision() != null && !provisionIds.contains(rules.get(i).awaitsProvision())) {
        problems.add(new RulesProblem("rules[" + i + "].awaitsProvision", "unknown provision "
            + rules.get(i).awaitsProvision() + " (known: " + provisionIds.stream().sorted().toList() + ")"));
      }
    }
    problems.addAll(cycles(rules));
    return problems;
  }

  private static <T extends Dated> List<RulesProblem> overlapping(String listPath, List<T> entries,
      BiPredicate<T, T> exclusive, BiFunction<T, String, String> message) {
    List<RulesProblem> problems = new ArrayList<>();
    for (int j = 1; j < entries.size(); j++) {
      for (int i = 0; i < j; i++) {
        T earlier = entries.get(i);
        T later = entries.get(j);
        if (exclusive.test(later, earlier) && earlier.overlaps(later)) {
          problems.add(new RulesProblem(listPath + "[" + j + "]", message.apply(later, listPath + "[" + i + "]")));
        }
      }
    }
    return problems;
  }

  private static List<RulesProblem> unknownReferences(DeadlineRule rule, String path, Set<String> ruleSetIds,
      Set<String> codes) {
    List<RulesProblem> problems = new ArrayList<>();
    for (String ruleSet : rule.ruleSets()) {
      if (!ruleSetIds.contains(ruleSet)) {
        problems.add(new RulesProblem(path + ".ruleSets", "unknown ruleSet " + ruleSet + " (known: "
            + ruleSetIds.stream().sorted().toList() + ")"));
      }
    }
    rule.startsOnDeadline().filter(code -> !codes.contains(code)).ifPresent(code -> problems.add(
        new RulesProblem(path + ".startsOn", rule.startsOn() + " refers to an unknown deadline")));
    rule.startsOnEvent().filter(event -> !CaseEvents.ALL.contains(event)).ifPresent(event -> problems.add(
        new RulesProblem(path + ".startsOn", "unknown case event " + event)));
    if (rule.metBy() != null && !CaseEvents.ALL.contains(rule.metBy())) {
      problems.add(new RulesProblem(path + ".metBy", "unknown case event " + rule.metBy()));
    }
    return problems;
  }

  /** A deadline counted (indirectly) from itself could never be computed. */
  private static List<RulesProblem> cycles(List<DeadlineRule> rules) {
    Map<String, Set<String>> dependsOn = new LinkedHashMap<>();
    Map<String, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      DeadlineRule rule = rules.get(i);
      firstIndex.putIfAbsent(rule.code(), i);
      Set<String> targets = dependsOn.computeIfAbsent(rule.code(), code -> new HashSet<>());
      rule.startsOnDeadline().ifPresent(targets::add);
    }
    List<List<String>> cycles = new ArrayList<>();
    Map<String, Boolean> done = new HashMap<>(); // false = on the current path, true = finished
    for (String code : dependsOn.keySet()) {
      visit(code, dependsOn, done, new ArrayList<>(), cycles);
    }
    return cycles.stream()
        .map(cycle -> new RulesProblem("rules[" + firstIndex.get(cycle.get(0)) + "].startsOn",
            "forms a cycle " + String.join(" -> ", cycle)))
        .toList();
  }

  private static void visit(String code, Map<String, Set<String>> dependsOn, Map<String, Boolean> done,
      List<String> path, List<List<String>> cycles) {
    Boolean state = done.get(code);
    if (Boolean.TRUE.equals(state)) {
      return;
    }
    if (Boolean.FALSE.equals(state)) {
      List<String> cycle = new ArrayList<>(path.subList(path.indexOf(code), path.size()));
      cycle.add(code);
      cycles.add(cycle);
      return;
    }
    path.add(code);
    done.put(code, false);
    for (String next : dependsOn.getOrDefault(code, Set.of())) {
      visit(next, dependsOn, done, path, cycles);
    }
    done.put(code, true);
    path.remove(path.size() - 1);
  }
}
