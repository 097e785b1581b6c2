package org.claimrecovery.statedispute;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimrecovery.correspondence.Channel;
import org.claimrecovery.rules.Dated;
import org.claimrecovery.rules.RulesFile;
import org.claimrecovery.rules.RulesProblem;

/**
 * {@code rules/state-disputes.yaml}: per state with its own dispute process (pathway STATE_PROCESS), the process in
 * words, its filing deadline (a code of deadline-rules.yaml), the body filed with, the state's own negotiation or
 * mediation step, the body's decision time and the payment time after the decision.
 */
public record StateDisputeRules(List<@NotNull @Valid StateProcess> stateDisputes) {

  public static final String DEFAULT_RESOURCE = "rules/state-disputes.yaml";

  public StateDisputeRules {
    stateDisputes = stateDisputes == null ? List.of() : List.copyOf(stateDisputes);
  }

  /**
   * One state's dispute process from {@code effectiveFrom}.
   *
   * @param filingDeadline       the code of deadline-rules.yaml that governs the filing, for this state
   * @param ownStep              null where the state has no negotiation or mediation step of its own after filing
   * @param decisionCalendarDays days the body takes to decide, after the filing (after the own step where there is
   *                             one)
   * @param paymentCalendarDays  days the payer has to pay after a decision in our favour
   * @param note                 what is not verified
   */
  public record StateProcess(
      @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code") String state,
      @NotNull LocalDate effectiveFrom, @NotBlank String name, @NotBlank String filingDeadline,
      @NotNull @Valid Body body, @Valid OwnStep ownStep, @Positive int decisionCalendarDays,
      @Positive int paymentCalendarDays, @NotBlank String citation, String note) implements Dated {}

  /**
   * Whom a dispute is filed with, and where (a portal, an address), and how the filing package travels: MAIL, or
   * REVIEW_PORTAL for the body's own portal (a person uploads it).
   */
  public record Body(@NotBlank String name, @NotBlank String where, @NotNull Channel channel) {

    @AssertTrue(message = "channel must be MAIL or REVIEW_PORTAL")
    public boolean isChannelForAFiling() {
      return channel == null || channel == Channel.MAIL || channel == Channel.REVIEW_PORTAL;
    }
  }

  /** A state's own negotiation or mediation step after the filing, and how long it lasts. */
  public record OwnStep(@NotBlank String name, @Positive int calendarDays) {}

  /** The state's dispute process as in force on {@code on}; empty where the state has none in this file. */
  public Optional<StateProcess> of(String state, LocalDate on) {
    return stateDisputes.stream().filter(entry -> entry.state().equals(state) && entry.inForceOn(on))
        .max(Comparator.comparing(StateProcess::effectiveFrom));
  }

  /**
   * @param deadlineCodesByState the codes of deadline-rules.yaml by the state whose law they belong to: each
   *                             entry's filingDeadline must be one of its state's
   * @throws org.claimrecovery.rules.InvalidRulesFileException naming the file and field of every problem
   */
  public static StateDisputeRules load(InputStream yaml, String fileName, Map<String, Set<String>> deadlineCodesByState) {
    return RulesFile.load(yaml, fileName, StateDisputeRules.class,
        rules -> rules.problemsAcrossEntries(deadlineCodesByState));
  }

  private List<RulesProblem> problemsAcrossEntries(Map<String, Set<String>> deadlineCodesByState) {
    List<RulesProblem> problems = new ArrayList<>();
    for (int i = 0; i < stateDisputes.size(); i++) {
      StateProcess entry = stateDisputes.get(i);
      if (entry.state() != null && entry.filingDeadline() != null
          && !deadlineCodesByState.getOrDefault(entry.state(), Set.of()).contains(entry.filingDeadline())) {
        problems.add(new RulesProblem("stateDisputes[" + i + "].filingDeadline", entry.filingDeadline()
            + " is not a deadline of " + entry.state() + "'s law in deadline-rules.yaml"));
      }
    }
    problems.addAll(RulesProblem.repeatedKeys("stateDisputes", stateDisputes,
        entry -> Arrays.asList(entry.state(), entry.effectiveFrom()),
        (entry, first) -> "a second entry for " + entry.state() + " from " + entry.effectiveFrom()
            + "; a setting never changes in place, add an entry with a later effectiveFrom"));
    return problems;
  }
}
