package org.claimrecovery.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Computes a case's deadlines from its facts and the rule book. Stateless and thread-safe. */
public final class DeadlineCalculator {

  /** Deadlines the provider's team has to act on (as the party, the initiating party or the claimant's representative). */
  static final Set<String> PROVIDER_SIDE = Set.of("PROVIDER", "INITIATING_PARTY", "CLAIMANT", "BOTH");

  private static final Comparator<Deadline> BY_DUE_DATE_THEN_CODE =
      Comparator.comparing(Deadline::dueOn).thenComparing(Deadline::code);

  private final DeadlineRuleBook ruleBook;
  private final DeadlineCounting counting;

  public DeadlineCalculator(DeadlineRuleBook ruleBook, DeadlineCounting counting) {
    this.ruleBook = Objects.requireNonNull(ruleBook, "ruleBook");
    this.counting = Objects.requireNonNull(counting, "counting");
  }

  /** Every deadline that applies to the case and can be dated yet, sorted by due date, then code. */
  public List<Deadline> deadlinesFor(CaseFacts facts, LocalDate today) {
    Optional<RuleSet> ruleSet = facts.triggerDate().flatMap(ruleBook::ruleSetOn);
    List<DeadlineRule> candidates = ruleBook.rules().stream()
        .filter(rule -> rule.governs(facts) && inRuleSet(rule, ruleSet))
        .toList();

    // Rules may start on another deadline's due date; the rule book has no cycles, so repeating passes
    // until nothing new can be dated computes every reachable deadline.
    Map<String, Deadline> computed = new LinkedHashMap<>();
    boolean progress = true;
    while (progress) {
      progress = false;
      for (DeadlineRule rule : candidates) {
        if (computed.containsKey(rule.code())) {
          continue;
        }
        Optional<LocalDate> anchor = anchorDate(rule, facts, computed);
        if (anchor.isPresent() && rule.inForceOn(anchor.get()) && ruleBook.provisionAllows(rule, anchor.get())) {
          computed.put(rule.code(), deadline(rule, anchor.get(), facts, ruleSet, today));
          progress = true;
        }
      }
    }
    List<Deadline> result = new ArrayList<>(computed.values());
    result.sort(BY_DUE_DATE_THEN_CODE);
    return List.copyOf(result);
  }

  /**
   * The rule book's deadlines of the case and those fixed outside it (e.g. the payment of an amount decided), each
   * with its status as the case stands, sorted by due date, then code.
   */
  public List<Deadline> deadlinesFor(CaseFacts facts, List<FixedDeadline> fixed, LocalDate today) {
    List<Deadline> result = new ArrayList<>(deadlinesFor(facts, today));
    for (FixedDeadline deadline : fixed) {
      result.add(dated(deadline.code(), deadline.title(), deadline.dueOn(), deadline.citation(), deadline.binds(),
          null, true, deadline.metOn(), false, facts.closure(), today));
    }
    result.sort(BY_DUE_DATE_THEN_CODE);
    return List.copyOf(result);
  }

  /**
   * Whether a deadline of the case would count from {@code event} if it happened on {@code on}: a rule that governs
   * the case and is in force on that day (the day it would be anchored on) starts on the event.
   */
  public boolean countsFrom(CaseFacts facts, String event, LocalDate on) {
    Optional<RuleSet> ruleSet = facts.triggerDate().flatMap(ruleBook::ruleSetOn);
    return ruleBook.rules().stream()
        .filter(rule -> rule.startsOnEvent().filter(event::equals).isPresent())
        .anyMatch(rule -> rule.governs(facts) && inRuleSet(rule, ruleSet) && rule.inForceOn(on)
            && ruleBook.provisionAllows(rule, on));
  }

  /** The earliest deadline the provider's team still has to act on. */
  public Optional<Deadline> nextProviderDeadline(CaseFacts facts, LocalDate today) {
    return deadlinesFor(facts, today).stream()
        .filter(deadline -> deadline.status() == DeadlineStatus.OPEN)
        .filter(DeadlineCalculator::bindsProvider)
        .findFirst();
  }

  /** True when the provider (or its side of the dispute) must act by this deadline. */
  public static boolean bindsProvider(Deadline deadline) {
    return PROVIDER_SIDE.contains(deadline.binds());
  }

  /** When open work on {@code deadline} should be escalated, per the rule book's lead time. */
  public LocalDate escalationDate(Deadline deadline) {
    return counting.escalationDate(deadline.dueOn(), ruleBook.escalationBusinessDays());
  }

  private static boolean inRuleSet(DeadlineRule rule, Optional<RuleSet> ruleSet) {
    return rule.ruleSets().isEmpty() || ruleSet.map(set -> rule.ruleSets().contains(set.id())).orElse(false);
  }

  private static Optional<LocalDate> anchorDate(DeadlineRule rule, CaseFacts facts, Map<String, Deadline> computed) {
    Optional<String> referenced = rule.startsOnDeadline();
    if (referenced.isPresent()) {
      return Optional.ofNullable(computed.get(referenced.get())).map(Deadline::dueOn);
    }
    return facts.event(rule.startsOn());
  }

  private Deadline deadline(DeadlineRule rule, LocalDate anchor, CaseFacts facts, Optional<RuleSet> ruleSet,
               LocalDate today) {
    LocalDate dueOn = counting.dueOn(anchor, rule.length(), rule.unit(), rule.startsNextDay());
    LocalDate metOn = rule.metBy() == null ? null : facts.event(rule.metBy()).orElse(null);
    String ruleSetId = rule.ruleSets().isEmpty() ? null : ruleSet.map(RuleSet::id).orElse(null);
    return dated(rule.code(), rule.title(), dueOn, rule.citation(), rule.binds(), ruleSetId, rule.metBy() != null, metOn,
        rule.outlivesTheCase(), facts.closure(), today);
  }

  /**
   * The deadline with its status today. On a closed case a deadline keeps the status it had on the closing day, and
   * one still open then no longer binds (NOT_APPLICABLE, with the closing as the reason), unless it outlives the case
   * (IN_FORCE while it runs: nothing on the case is due, yet it binds beyond it).
   */
  private static Deadline dated(String code, String title, LocalDate dueOn, String citation, String binds,
      String ruleSet, boolean fulfilledByAnAct, LocalDate metOn, boolean outlivesTheCase, CaseClosure closure,
      LocalDate today) {
    if (closure == null) {
      return new Deadline(code, title, dueOn, citation, binds, ruleSet, status(fulfilledByAnAct, dueOn, metOn, today),
          metOn, null);
    }
    if (outlivesTheCase) {
      DeadlineStatus status = status(fulfilledByAnAct, dueOn, metOn, today);
      return status == DeadlineStatus.OPEN
          ? new Deadline(code, title, dueOn, citation, binds, ruleSet, DeadlineStatus.IN_FORCE, metOn,
              "runs on after " + closure.reason())
          : new Deadline(code, title, dueOn, citation, binds, ruleSet, status, metOn, null);
    }
    LocalDate closingDay = closure.closedOn().isBefore(today) ? closure.closedOn() : today;
    DeadlineStatus onClosingDay = status(fulfilledByAnAct, dueOn, metOn, closingDay);
    return onClosingDay == DeadlineStatus.OPEN
        ? new Deadline(code, title, dueOn, citation, binds, ruleSet, DeadlineStatus.NOT_APPLICABLE, metOn,
            closure.reason())
        : new Deadline(code, title, dueOn, citation, binds, ruleSet, onClosingDay, metOn, null);
  }

  /** @param fulfilledByAnAct whether an event meets the deadline; without one it is a period that runs out */
  static DeadlineStatus status(boolean fulfilledByAnAct, LocalDate dueOn, LocalDate metOn, LocalDate today) {
    if (metOn != null) {
      return metOn.isAfter(dueOn) ? DeadlineStatus.MISSED : DeadlineStatus.MET;
    }
    if (!today.isAfter(dueOn)) {
      return DeadlineStatus.OPEN;
    }
    return fulfilledByAnAct ? DeadlineStatus.MISSED : DeadlineStatus.ELAPSED;
  }
}
