package org.claimrecovery.deadlines;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.claimrecovery.clock.CaseClock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The statutory deadlines of one case, computed from its dated events and the rules in force. Nothing is
 * cached: every node of a cluster, and every read, computes the same answer from the database.
 */
@Service
public class CaseDeadlines {

  private final CaseFactsSource cases;
  private final DeadlineCalculator calculator;
  private final DeadlineCounting counting;
  private final DeadlineRuleBook rules;
  private final CaseClock clock;
  private final ObjectProvider<FixedDeadlineSource> fixedDeadlines;

  CaseDeadlines(CaseFactsSource cases, DeadlineCalculator calculator, DeadlineCounting counting,
      DeadlineRuleBook rules, CaseClock clock, ObjectProvider<FixedDeadlineSource> fixedDeadlines) {
    this.cases = cases;
    this.calculator = calculator;
    this.counting = counting;
    this.rules = rules;
    this.clock = clock;
    this.fixedDeadlines = fixedDeadlines;
  }

  /** The deadlines the rule book gives the case; empty when there is no such case. */
  public Optional<List<Deadline>> of(String caseId) {
    return cases.factsOf(caseId).map(facts -> calculator.deadlinesFor(facts, clock.today()));
  }

  /**
   * Every deadline the product tracks on the case: the rule book's and those fixed by a decision on it (the payment
   * of an amount owed), earliest first. Empty when there is no such case.
   */
  public Optional<List<Deadline>> listed(String caseId) {
    return cases.factsOf(caseId).map(facts -> calculator.deadlinesFor(facts,
        fixedDeadlines.orderedStream().flatMap(source -> source.fixedDeadlinesOf(caseId).stream()).toList(),
        clock.today()));
  }

  public Optional<Deadline> find(String caseId, String code) {
    return all(caseId).stream().filter(deadline -> deadline.code().equals(code)).findFirst();
  }

  /**
   * Whether a deadline of the case, under the rules in force on {@code on}, counts from {@code event} happening on
   * that day: a fact worth recording only where some rule starts on it.
   */
  public boolean countsFrom(String caseId, String event, LocalDate on) {
    return calculator.countsFrom(facts(caseId), event, on);
  }

  /**
   * What the provider's current work is due by: the earliest open provider deadline or, when every one
   * has passed, the last one missed (the work is then overdue, and shows so).
   */
  public Optional<Deadline> currentProviderDeadline(String caseId) {
    var facts = facts(caseId);
    var open = calculator.nextProviderDeadline(facts, clock.today());
    if (open.isPresent()) {
      return open;
    }
    return calculator.deadlinesFor(facts, clock.today()).stream()
        .filter(deadline -> deadline.status() == DeadlineStatus.MISSED && deadline.metOn() == null)
        .filter(DeadlineCalculator::bindsProvider)
        .max(Comparator.comparing(Deadline::dueOn));
  }

  /**
   * The payer's deadline to pay or deny the claim under the law of its plan (see {@link DeadlineRule#decidesTheClaim});
   * the earliest when several laws set one (an insured employer plan in California: ERISA's and the state's). Empty
   * when no configured law sets one.
   */
  public Optional<Deadline> payerClaimDecision(String caseId) {
    return all(caseId).stream()
        .filter(deadline -> rules.rulesWithCode(deadline.code()).stream().anyMatch(DeadlineRule::decidesTheClaim))
        .findFirst();
  }

  /** The earliest deadline still open, whoever it binds (while waiting for the payer: the payer's). */
  public Optional<Deadline> nextOpenDeadline(String caseId) {
    return all(caseId).stream().filter(deadline -> deadline.status() == DeadlineStatus.OPEN).findFirst();
  }

  /** The business day on which open work due on {@code dueOn} is escalated. */
  public LocalDate escalationDay(LocalDate dueOn) {
    return counting.escalationDate(dueOn, rules.escalationBusinessDays());
  }

  /** The escalation margin (in business days) counted forward from today: a due date for follow-up work. */
  public LocalDate followUpDay() {
    return counting.dueOn(clock.today(), rules.escalationBusinessDays(), DeadlineUnit.BUSINESS_DAYS, true);
  }

  private List<Deadline> all(String caseId) {
    return calculator.deadlinesFor(facts(caseId), clock.today());
  }

  private CaseFacts facts(String caseId) {
    return cases.factsOf(caseId).orElseThrow(() -> new IllegalArgumentException("no case " + caseId));
  }
}
