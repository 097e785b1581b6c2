package org.claimrecovery.appeal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.claimrecovery.pathway.PlanType;
import org.claimrecovery.rules.Dated;
import org.claimrecovery.rules.RulesFile;
import org.claimrecovery.rules.RulesProblem;

/**
 * {@code rules/appeals.yaml}: the levels of a plan's internal appeal, the payer's decision time per level, the time to
 * file the next level, and the days before the filing deadline on which supervisors are reminded.
 */
public record AppealRules(@NotEmpty List<@NotNull @Valid Levels> appealLevels,
    @NotNull @Valid FilingReminders filingReminders) {

  public static final String DEFAULT_RESOURCE = "rules/appeals.yaml";

  /**
   * @param payerId   null for every payer
   * @param planTypes null or empty for every plan type
   */
  public record Levels(String payerId, Set<PlanType> planTypes, @NotNull LocalDate effectiveFrom,
      @Min(1) @Max(2) int levels, @Positive int decisionCalendarDays, Integer nextLevelFilingCalendarDays,
      @NotBlank String citation) implements Dated {

    @AssertTrue(message = "nextLevelFilingCalendarDays must be given, above zero, for a plan with two levels")
    public boolean isNextLevelFilingGivenForTwoLevels() {
      return levels != 2 || (nextLevelFilingCalendarDays != null && nextLevelFilingCalendarDays > 0);
    }

    boolean covers(String payer, PlanType planType) {
      return (payerId == null || payerId.equals(payer))
          && (planTypes == null || planTypes.isEmpty() || planTypes.contains(planType));
    }

    /** A payer's own entry wins over one for plan types, which wins over the default. */
    int specificity() {
      return (payerId == null ? 0 : 2) + (planTypes == null || planTypes.isEmpty() ? 0 : 1);
    }
  }

  public record FilingReminders(@Positive int firstCalendarDaysBefore, @Positive int lastCalendarDaysBefore,
      @NotBlank String why) {

    @AssertTrue(message = "firstCalendarDaysBefore must be more days before the deadline than lastCalendarDaysBefore")
    public boolean isFirstBeforeLast() {
      return firstCalendarDaysBefore > lastCalendarDaysBefore;
    }
  }

  /** The levels of the appeal of {@code payerId}'s plan of {@code planType}, as in force on {@code on}. */
  public Levels levelsOf(String payerId, PlanType planType, LocalDate on) {
    return appealLevels.stream().filter(entry -> entry.covers(payerId, planType) && entry.inForceOn(on))
        .max(Comparator.comparingInt(Levels::specificity).thenComparing(Levels::effectiveFrom))
        .orElseThrow(() -> new IllegalStateException("no appealLevels entry of " + DEFAULT_RESOURCE
            + " is in force on " + on + " for payer " + payerId + " (" + planType + ")"));
  }

  public static AppealRules load(InputStream yaml) {
    return load(yaml, DEFAULT_RESOURCE);
  }

  /** @throws org.claimrecovery.rules.InvalidRulesFileException naming the file and field of every problem */
  public static AppealRules load(InputStream yaml, String fileName) {
    return RulesFile.load(yaml, fileName, AppealRules.class, AppealRules::problemsAcrossEntries);
  }

  private static List<RulesProblem> problemsAcrossEntries(AppealRules rules) {
    List<RulesProblem> problems = new ArrayList<>();
    if (rules.appealLevels().stream().noneMatch(entry -> entry.payerId() == null
        && (entry.planTypes() == null || entry.planTypes().isEmpty()))) {
      problems.add(new RulesProblem("appealLevels", "needs a default entry (no payerId, no planTypes)"));
    }
    problems.addAll(RulesProblem.repeatedKeys("appealLevels", rules.appealLevels(),
        entry -> Arrays.asList(entry.payerId(), entry.planTypes(), entry.effectiveFrom()),
        (entry, first) -> "a second entry for the same payer and plan types from " + entry.effectiveFrom()
            + "; a setting never changes in place, add an entry with a later effectiveFrom"));
    return problems;
  }
}
