package org.claimrecovery.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.clock.CaseClock;
import org.springframework.stereotype.Service;

/**
 * The statutory deadlines of one case, computed from its dated events and the rules in force. Nothing is
 * cached: every node of a cluster, and every read, computes the same answer from the database.
 */
@Service
public class CaseDeadlines {

  private final ClaimRepository claims;
  private final DeadlineCalculator calculator;
  private final DeadlineCounting counting;
  private final DeadlineRuleBook rules;
  private final CaseClock clock;

  CaseDeadlines(ClaimRepository claims, DeadlineCalculator calculator, DeadlineCounting counting,
      DeadlineRuleBook rules, CaseClock clock) {
    this.claims = claims;
    this.calculator = calculator;
    this.counting = counting;
    this.rules = rules;
    this.clock = clock;
  }

  public List<Deadline> of(Claim claim) {
    return calculator.deadlinesFor(factsOf(claim), clock.today());
  }

  public List<Deadline> of(String claimId) {
    return of(claim(claimId));
  }

  public Optional<Deadline> find(String claimId, String code) {
    return of(claimId).stream().filter(deadline -> deadline.code().equals(code)).findFirst();
  }

  /** The earliest open deadline the provider must meet: what the current work is due by. */
  public Optional<Deadline> nextProviderDeadline(Claim claim) {
    return calculator.nextProviderDeadline(factsOf(claim), clock.today());
  }

  public Optional<Deadline> nextProviderDeadline(String claimId) {
    return nextProviderDeadline(claim(claimId));
  }

  /** The earliest deadline still open, whoever it binds (while waiting for the payer: the payer's). */
  public Optional<Deadline> nextOpenDeadline(Claim claim) {
    return of(claim).stream().filter(deadline -> deadline.status() == DeadlineStatus.OPEN).findFirst();
  }

  /** The business day on which open work due on {@code dueOn} is escalated. */
  public LocalDate escalationDay(LocalDate dueOn) {
    return counting.escalationDate(dueOn, rules.escalationBusinessDays());
  }

  /** The escalation margin (in business days) counted forward from today: a due date for follow-up work. */
  public LocalDate followUpDay() {
    return counting.dueOn(clock.today(), rules.escalationBusinessDays(), DeadlineUnit.BUSINESS_DAYS, true);
  }

  private CaseFacts factsOf(Claim claim) {
    var classification = claim.classification();
    return new CaseFacts(classification == null ? null : classification.pathway(),
        classification == null ? null : classification.stateLaw(), claims.events(claim.id()));
  }

  private Claim claim(String claimId) {
    return claims.findById(claimId).orElseThrow(() -> new IllegalArgumentException("no claim " + claimId));
  }
}
