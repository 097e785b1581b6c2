package org.claimrecovery.deadlines;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.claimrecovery.pathway.Pathway;
import org.claimrecovery.pathway.PlanType;
import org.claimrecovery.rules.Dated;
import org.claimrecovery.rules.RulesFile;

/**
 * The versioned deadline configuration: federal rule sets, deadline rules and the escalation lead time.
 * Checked when loaded, so a rule book the application holds is one the calculator can use.
 *
 * @param escalationBusinessDays how many business days before a provider deadline open work is escalated
 */
public record DeadlineRuleBook(List<RuleSet> ruleSets, List<Provision> provisions, List<DeadlineRule> rules,
    int escalationBusinessDays) {

  public static final String DEFAULT_RESOURCE = "rules/deadline-rules.yaml";
  public static final int DEFAULT_ESCALATION_BUSINESS_DAYS = 5;

  public DeadlineRuleBook {
    ruleSets = ruleSets == null ? List.of() : List.copyOf(ruleSets);
    provisions = provisions == null ? List.of() : List.copyOf(provisions);
    rules = rules == null ? List.of() : List.copyOf(rules);
  }

  /** Reads the rule book shipped at {@link #DEFAULT_RESOURCE}, or a replacement for it. */
  public static DeadlineRuleBook load(InputStream yaml) {
    return load(yaml, DEFAULT_RESOURCE);
  }

  /** @throws org.claimrecovery.rules.InvalidRulesFileException naming the file and field of every problem */
  public static DeadlineRuleBook load(InputStream yaml, String fileName) {
    Document document = RulesFile.load(yaml, fileName, Document.class,
        rules -> RuleBookChecks.problems(rules.ruleSets(), rules.provisions(), rules.rules()));
    return new DeadlineRuleBook(document.ruleSets(), document.provisions(), document.rules(),
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
    return Dated.inForceOn(ruleSets, date);
  }

  /** Whether a rule's provision (if it awaits one) is in force on the rule's anchor date. */
  boolean provisionAllows(DeadlineRule rule, LocalDate anchor) {
    return rule.awaitsProvision() == null || provisions.stream()
        .anyMatch(provision -> provision.id().equals(rule.awaitsProvision()) && provision.inForceOn(anchor));
  }

  /** Whether any rule is written for claims of this plan type on this pathway (a route is configured). */
  public boolean hasRoute(Pathway pathway, PlanType planType) {
    return rules.stream().anyMatch(rule -> rule.pathways().contains(pathway)
        && (rule.planTypes().isEmpty() || rule.planTypes().contains(planType)));
  }

  public Optional<RuleSet> ruleSet(String id) {
    return ruleSets.stream().filter(ruleSet -> ruleSet.id().equals(id)).findFirst();
  }

  /** Every version of the rule with this code. */
  public List<DeadlineRule> rulesWithCode(String code) {
    return rules.stream().filter(rule -> rule.code().equals(code)).toList();
  }

  /** The YAML document; separate from the record so that a missing escalationBusinessDays can default. */
  private record Document(List<@NotNull @Valid RuleSet> ruleSets, List<@NotNull @Valid Provision> provisions,
      @NotNull List<@NotNull @Valid DeadlineRule> rules,
      @PositiveOrZero(message = "must not be negative") Integer escalationBusinessDays) {

    private Document {
      ruleSets = ruleSets == null ? List.of() : ruleSets;
      provisions = provisions == null ? List.of() : provisions;
    }
  }
}
