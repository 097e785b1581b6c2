package org.claimrecovery.deadlines;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The versioned deadline configuration: federal rule sets, deadline rules and the escalation lead time.
 * Validated on construction, so a rule book that exists is one the calculator can use.
 *
 * @param escalationBusinessDays how many business days before a provider deadline open work is escalated
 */
public record DeadlineRuleBook(List<RuleSet> ruleSets, List<DeadlineRule> rules, int escalationBusinessDays) {

  public static final String DEFAULT_RESOURCE = "rules/deadline-rules.yaml";
  public static final int DEFAULT_ESCALATION_BUSINESS_DAYS = 5;

  public DeadlineRuleBook {
    ruleSets = ruleSets == null ? List.of() : List.copyOf(ruleSets);
    rules = rules == null ? List.of() : List.copyOf(rules);
    RuleBookValidation.check(ruleSets, rules, escalationBusinessDays);
  }

  /** Reads and validates a rule book; any problem is an {@link IllegalArgumentException} naming the rule. */
  public static DeadlineRuleBook load(InputStream yaml) {
    Document document;
    try {
      document = Yaml.MAPPER.readValue(yaml, Document.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Invalid deadline rule book: " + Yaml.describe(e), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read deadline rule book", e);
    }
    if (document == null) {
      throw new IllegalArgumentException("Deadline rule book is empty");
    }
    return new DeadlineRuleBook(document.ruleSets(), document.rules(),
        document.escalationBusinessDays() == null
            ? DEFAULT_ESCALATION_BUSINESS_DAYS
            : document.escalationBusinessDays());
  }

  /** The first day any rule of the book governs: the product cannot compute a window that starts before it. */
  public LocalDate earliestEffectiveDate() {
    return rules.stream().map(DeadlineRule::effectiveFrom).min(LocalDate::compareTo).orElseThrow();
  }

  /** The federal rule set in force on {@code date}. */
  public Optional<RuleSet> ruleSetOn(LocalDate date) {
    return ruleSets.stream().filter(ruleSet -> ruleSet.inForceOn(date)).findFirst();
  }

  public Optional<RuleSet> ruleSet(String id) {
    return ruleSets.stream().filter(ruleSet -> ruleSet.id().equals(id)).findFirst();
  }

  /** Every version of the rule with this code. */
  public List<DeadlineRule> rulesWithCode(String code) {
    return rules.stream().filter(rule -> rule.code().equals(code)).toList();
  }

  /** The YAML document; separate from the record so that a missing escalationBusinessDays can default. */
  private record Document(List<RuleSet> ruleSets, List<DeadlineRule> rules, Integer escalationBusinessDays) {
  }
}
