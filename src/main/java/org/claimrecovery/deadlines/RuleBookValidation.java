package org.claimrecovery.deadlines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a rule book before it is used: a wrong deadline is worse than a rule book that refuses to load.
 * Every message names the offending rule (or rule set) so an administrator can fix the YAML.
 */
final class RuleBookValidation {

  private static final Pattern STATE_CODE = Pattern.compile("[A-Z]{2}");

  private RuleBookValidation() {
  }

  static void check(List<RuleSet> ruleSets, List<DeadlineRule> rules, int escalationBusinessDays) {
    if (escalationBusinessDays < 0) {
      throw new IllegalArgumentException("escalationBusinessDays must not be negative, was " + escalationBusinessDays);
    }
    Set<String> ruleSetIds = checkRuleSets(ruleSets);
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      DeadlineRule rule = rules.get(i);
      if (rule == null) {
        throw new IllegalArgumentException("Rule #" + (i + 1) + " is empty");
      }
      checkRule(rule, i, ruleSetIds);
      codes.add(rule.code());
    }
    checkUniqueCodes(rules);
    checkDeadlineReferences(rules, codes);
    checkNoCycles(rules);
  }

  private static Set<String> checkRuleSets(List<RuleSet> ruleSets) {
    Set<String> ids = new HashSet<>();
    for (RuleSet ruleSet : ruleSets) {
      if (ruleSet == null || blank(ruleSet.id())) {
        throw new IllegalArgumentException("A rule set has no id");
      }
      String name = "Rule set " + ruleSet.id();
      require(!blank(ruleSet.title()), name + ": title is missing");
      require(!blank(ruleSet.citation()), name + ": citation is missing");
      require(ruleSet.effectiveFrom() != null, name + ": effectiveFrom is missing");
      require(ruleSet.effectiveTo() == null || !ruleSet.effectiveTo().isBefore(ruleSet.effectiveFrom()),
          name + ": effectiveTo " + ruleSet.effectiveTo() + " is before effectiveFrom " + ruleSet.effectiveFrom());
      require(ids.add(ruleSet.id()), name + ": id is used twice");
    }
    // a case must map to exactly one federal rule set
    for (int i = 0; i < ruleSets.size(); i++) {
      for (int j = i + 1; j < ruleSets.size(); j++) {
        require(!ruleSets.get(i).overlaps(ruleSets.get(j)), "Rule set " + ruleSets.get(j).id()
            + ": effective dates overlap rule set " + ruleSets.get(i).id());
      }
    }
    return ids;
  }

  private static void checkRule(DeadlineRule rule, int index, Set<String> ruleSetIds) {
    if (blank(rule.code())) {
      throw new IllegalArgumentException("Rule #" + (index + 1)
          + (blank(rule.title()) ? "" : " (" + rule.title() + ")") + ": code is missing");
    }
    String name = "Rule " + rule.code();
    require(!blank(rule.title()), name + ": title is missing");
    // every rule the product applies must say where it comes from
    require(!blank(rule.citation()), name + ": citation is missing");
    require(rule.length() > 0, name + ": length must be positive, was " + rule.length());
    require(rule.unit() != null, name + ": unit is missing (BUSINESS_DAYS, CALENDAR_DAYS or MONTHS)");
    require(!rule.startsNextDay() || rule.unit() == DeadlineUnit.BUSINESS_DAYS,
        name + ": startsNextDay only applies to BUSINESS_DAYS");
    require(rule.effectiveFrom() != null, name + ": effectiveFrom is missing");
    require(rule.effectiveTo() == null || !rule.effectiveTo().isBefore(rule.effectiveFrom()),
        name + ": effectiveTo " + rule.effectiveTo() + " is before effectiveFrom " + rule.effectiveFrom());
    require(rule.binds() != null && DeadlineRule.PARTIES.contains(rule.binds()),
        name + ": binds must be one of " + DeadlineRule.PARTIES + ", was " + rule.binds());
    for (String ruleSet : rule.ruleSets()) {
      require(ruleSetIds.contains(ruleSet),
          name + ": unknown ruleSet " + ruleSet + " (known: " + ruleSetIds + ")");
    }
    require(rule.jurisdiction() == null || STATE_CODE.matcher(rule.jurisdiction()).matches(),
        name + ": jurisdiction must be a two-letter state code, was " + rule.jurisdiction());
    require(!blank(rule.startsOn()), name + ": startsOn is missing");
    rule.startsOnEvent().ifPresent(event -> require(CaseEvents.ALL.contains(event),
        name + ": startsOn names unknown case event " + event));
    require(rule.metBy() == null || CaseEvents.ALL.contains(rule.metBy()),
        name + ": metBy names unknown case event " + rule.metBy());
  }

  /** Versions of one rule may follow each other in time, but never be in force together. */
  private static void checkUniqueCodes(List<DeadlineRule> rules) {
    for (int i = 0; i < rules.size(); i++) {
      for (int j = i + 1; j < rules.size(); j++) {
        DeadlineRule first = rules.get(i);
        DeadlineRule second = rules.get(j);
        require(!first.code().equals(second.code()) || !first.overlaps(second),
            "Rule " + second.code() + ": defined twice with overlapping effective dates");
      }
    }
  }

  private static void checkDeadlineReferences(List<DeadlineRule> rules, Set<String> codes) {
    for (DeadlineRule rule : rules) {
      rule.startsOnDeadline().ifPresent(referenced -> require(codes.contains(referenced),
          "Rule " + rule.code() + ": startsOn " + rule.startsOn() + " refers to an unknown deadline"));
    }
  }

  /** A deadline counted (indirectly) from itself could never be computed. */
  private static void checkNoCycles(List<DeadlineRule> rules) {
    Map<String, Set<String>> dependsOn = new LinkedHashMap<>();
    for (DeadlineRule rule : rules) {
      Set<String> targets = dependsOn.computeIfAbsent(rule.code(), code -> new HashSet<>());
      rule.startsOnDeadline().ifPresent(targets::add);
    }
    Map<String, Boolean> done = new HashMap<>(); // false = on the current path, true = finished
    for (String code : dependsOn.keySet()) {
      visit(code, dependsOn, done, new ArrayList<>());
    }
  }

  private static void visit(String code, Map<String, Set<String>> dependsOn, Map<String, Boolean> done,
               List<String> path) {
    Boolean state = done.get(code);
    if (Boolean.TRUE.equals(state)) {
      return;
    }
    path.add(code);
    if (Boolean.FALSE.equals(state)) {
      List<String> cycle = path.subList(path.indexOf(code), path.size());
      throw new IllegalArgumentException("Rule " + code + ": startsOn forms a cycle "
          + String.join(" -> ", cycle));
    }
    done.put(code, false);
    for (String next : dependsOn.getOrDefault(code, Set.of())) {
      visit(next, dependsOn, done, path);
    }
    done.put(code, true);
    path.remove(path.size() - 1);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
