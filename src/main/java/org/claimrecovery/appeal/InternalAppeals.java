package org.claimrecovery.appeal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.claimrecovery.appeal.AppealLevel.Decision;
import org.claimrecovery.appeal.AppealLevel.Status;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.claims.Stage;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.deadlines.CaseDeadlines;
import org.claimrecovery.deadlines.CaseEvents;
import org.claimrecovery.deadlines.Deadline;
import org.claimrecovery.negotiation.NegotiationRules;
import org.claimrecovery.refusal.RequestRejected;
import org.claimrecovery.settlement.PaymentSource;
import org.claimrecovery.settlement.Settlements;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A claim's internal appeal, level by level: prepared, filed, decided by the payer (or not decided in time), or its
 * filing window missed. Staff in Tasklist and integrations through {@code POST /api/claims/{id}/events} record the
 * same facts here; each is checked against the level's state (409 otherwise) and dates the case events the deadlines
 * count from: INTERNAL_APPEAL_FILED and APPEAL_RECEIVED_BY_PAYER when the first level is filed, APPEAL_DECIDED when
 * it is decided, FINAL_INTERNAL_DETERMINATION_RECEIVED when the last level is upheld or the payer lets its deadline
 * pass, which starts EXTERNAL_REVIEW_REQUEST.
 */
@Service
public class InternalAppeals {

  private final AppealRepository appeals;
  private final ClaimRepository claims;
  private final CaseDeadlines deadlines;
  private final AppealRules rules;
  private final Settlements settlements;
  private final NegotiationRules negotiationRules;
  private final CaseClock clock;

  InternalAppeals(AppealRepository appeals, ClaimRepository claims, CaseDeadlines deadlines, AppealRules rules,
      Settlements settlements, NegotiationRules negotiationRules, CaseClock clock) {
    this.appeals = appeals;
    this.claims = claims;
    this.deadlines = deadlines;
    this.rules = rules;
    this.settlements = settlements;
    this.negotiationRules = negotiationRules;
    this.clock = clock;
  }

  public List<AppealLevel> levels(String claimId) {
    return appeals.levels(claimId);
  }

  /**
   * Opens the level the appeal is at: the first when none is open, the next after an upheld (or partly overturned
   * and not accepted) level that is not the plan's last. Opening an open level again returns it.
   */
  @Transactional
  public AppealLevel openNext(String claimId, String user) {
    var levels = appeals.levels(claimId);
    if (levels.isEmpty()) {
      return open(claimId, 1, user);
    }
    var last = levels.get(levels.size() - 1);
    if (last.status() == Status.DECIDED && !last.lastLevel() && (last.decision() == Decision.UPHELD
        || last.decision() == Decision.PARTIALLY_OVERTURNED)) {
      return open(claimId, last.level() + 1, user);
    }
    return last;
  }

  /** The level the appeal is at: the latest opened. */
  public AppealLevel current(String claimId) {
    var levels = appeals.levels(claimId);
    if (levels.isEmpty()) {
      throw new IllegalStateException("claim " + claimId + " has no internal appeal");
    }
    return levels.get(levels.size() - 1);
  }

  /** The days before a level's filing deadline on which supervisors hear of an appeal not yet filed. */
  public AppealRules.FilingReminders reminders() {
    return rules.filingReminders();
  }

  /**
   * The first level's filing deadline is INTERNAL_APPEAL_FILING; the second's the plan's time after the first
   * level's decision (rules/appeals.yaml).
   */
  private AppealLevel open(String claimId, int level, String user) {
    Claim claim = claim(claimId);
    claims.moveTo(claimId, Stage.INTERNAL_APPEAL);
    var existing = appeals.lock(claimId, level);
    if (existing.isPresent()) {
      return existing.get();
    }
    AppealLevel opened;
    if (level == 1) {
      var plan = rules.levelsOf(claim.payer().id(), claim.planType(), clock.today());
      opened = new AppealLevel(claimId, 1, plan.levels(), Status.PREPARING, null, null,
          deadlines.find(claimId, "INTERNAL_APPEAL_FILING").map(Deadline::dueOn).orElse(null), null, null, null, null,
          null, null);
    } else {
      var previous = appeals.lock(claimId, level - 1).orElseThrow();
      var plan = rules.levelsOf(claim.payer().id(), claim.planType(), previous.filedOn());
      opened = new AppealLevel(claimId, level, previous.levels(), Status.PREPARING, null, null,
          previous.decidedOn().plusDays(plan.nextLevelFilingCalendarDays()), null, null, null, null, null, null);
    }
    appeals.save(opened, user, clock.now());
    return opened;
  }

  /** Our grounds and the evidence the letter cites; refused without grounds. */
  @Transactional
  public AppealLevel prepared(String claimId, int level, String grounds, String evidence, String user) {
    if (grounds == null || grounds.isBlank()) {
      throw RequestRejected.invalid("appealGrounds", "Say why the payer's determination is wrong: the appeal "
          + "letter states the grounds (29 CFR 2560.503-1(h)(2)(ii)).");
    }
    var appeal = require(claimId, level, "prepare it", Status.PREPARING);
    return save(new AppealLevel(claimId, level, appeal.levels(), Status.PREPARING, grounds.strip(),
        evidence == null || evidence.isBlank() ? null : evidence.strip(), appeal.filingDueOn(), null, null, null,
        null, null, null), user);
  }

  /**
   * The level was filed on {@code on} (the letter's send or dispatch date, or as an integration reports it): the
   * payer's decision is due {@code decisionCalendarDays} after it receives the appeal, taken as the filing day.
   */
  @Transactional
  public AppealLevel filed(String claimId, int level, LocalDate on, String user) {
    var appeal = require(claimId, level, "record its filing", Status.PREPARING);
    Claim claim = claim(claimId);
    var plan = rules.levelsOf(claim.payer().id(), claim.planType(), level == 1 ? on : firstFiledOn(claimId));
    if (level == 1) {
      claims.recordEvent(claimId, CaseEvents.INTERNAL_APPEAL_FILED, on, user, clock.now());
      claims.recordEvent(claimId, CaseEvents.APPEAL_RECEIVED_BY_PAYER, on, user, clock.now());
    }
    return save(new AppealLevel(claimId, level, appeal.levels(), Status.FILED, appeal.grounds(), appeal.evidence(),
        appeal.filingDueOn(), on, on.plusDays(plan.decisionCalendarDays()), null, null, null, null), user);
  }

  /**
   * The payer's decision on the level. Overturned: it owes the amount, watched by the payment watch. Partially
   * overturned: the amount waits for our choice to accept it or go on. Upheld or partly overturned at the last level:
   * the final internal adverse determination, from which external review counts.
   */
  @Transactional
  public AppealLevel decided(String claimId, int level, Decision decision, BigDecimal amount, LocalDate on,
      String user) {
    if (decision == Decision.NO_DECISION) {
      throw RequestRejected.invalid("decision", "must be OVERTURNED, PARTIALLY_OVERTURNED or UPHELD");
    }
    if (decision != Decision.UPHELD && (amount == null || amount.signum() <= 0)) {
      throw RequestRejected.invalid("amount", "give the amount the payer now allows, above zero");
    }
    var appeal = require(claimId, level, "record a decision", Status.FILED);
    if (on.isBefore(appeal.filedOn())) {
      throw RequestRejected.invalid("on", "is before the appeal was filed (" + appeal.filedOn() + ")");
    }
    if (level == 1) {
      claims.recordEvent(claimId, CaseEvents.APPEAL_DECIDED, on, user, clock.now());
    }
    var decided = save(decision(appeal, decision, decision == Decision.UPHELD ? null : amount, on, null), user);
    if (decision == Decision.OVERTURNED) {
      owed(claimId, amount, on);
    } else if (decided.lastLevel()) {
      // upheld, or partly overturned: what the payer still denies may go to external review, counted from today
      claims.recordEvent(claimId, CaseEvents.FINAL_INTERNAL_DETERMINATION_RECEIVED, on, user, clock.now());
    }
    return decided;
  }

  /** We accept the partly overturned amount: the payer owes it. */
  @Transactional
  public AppealLevel partialAccepted(String claimId, int level, String user) {
    var appeal = require(claimId, level, "accept its decision", Status.DECIDED);
    owed(claimId, appeal.decidedAmount(), appeal.decidedOn());
    return appeal;
  }

  /**
   * The payer let the decision deadline pass: the claimant is deemed to have exhausted the internal appeal (29 CFR
   * 2560.503-1(l)) and may request external review from the next day.
   */
  @Transactional
  public AppealLevel payerMissedDecision(String claimId, int level, String user) {
    var appeal = require(claimId, level, "record the payer's missed decision", Status.FILED);
    LocalDate deemedOn = appeal.decisionDueOn().plusDays(1);
    claims.recordEvent(claimId, CaseEvents.FINAL_INTERNAL_DETERMINATION_RECEIVED, deemedOn, user, clock.now());
    return save(decision(appeal, Decision.NO_DECISION, null, deemedOn, "The payer did not decide by "
        + appeal.decisionDueOn() + ": the internal appeal counts as exhausted (29 CFR 2560.503-1(l))"), user);
  }

  /** The level's filing window closed unfiled; who held the work stays on the record, and the case closes. */
  @Transactional
  public AppealLevel filingMissed(String claimId, int level, String heldBy, String user) {
    var appeal = require(claimId, level, "record the missed filing", Status.PREPARING);
    var missed = save(new AppealLevel(claimId, level, appeal.levels(), Status.MISSED, appeal.grounds(),
        appeal.evidence(), appeal.filingDueOn(), null, null, null, null, null,
        "Not filed by " + appeal.filingDueOn() + " (held by " + (heldBy == null ? "nobody" : heldBy) + ")"), user);
    claims.close(claimId, "APPEAL_MISSED", clock.now());
    return missed;
  }

  private void owed(String claimId, BigDecimal amount, LocalDate decidedOn) {
    settlements.expect(claimId, PaymentSource.APPEAL_DECISION, amount, decidedOn,
        decidedOn.plusDays(negotiationRules.paymentDeadline().calendarDays()),
        negotiationRules.paymentDeadline().citation());
  }

  private LocalDate firstFiledOn(String claimId) {
    return appeals.levels(claimId).get(0).filedOn();
  }

  private AppealLevel require(String claimId, int level, String what, Status expected) {
    claim(claimId);
    var appeal = appeals.lock(claimId, level).orElseThrow(() -> conflict(claimId,
        "cannot " + what + ": the claim has no internal appeal at level " + level));
    if (appeal.status() != expected) {
      throw conflict(claimId, "cannot " + what + ": the appeal at level " + level + " is "
          + appeal.status().name().toLowerCase());
    }
    return appeal;
  }

  private Claim claim(String claimId) {
    return claims.findById(claimId).orElseThrow(() -> RequestRejected.notFound("Claim " + claimId));
  }

  private static AppealLevel decision(AppealLevel appeal, Decision decision, BigDecimal amount, LocalDate on,
      String note) {
    return new AppealLevel(appeal.claimId(), appeal.level(), appeal.levels(), Status.DECIDED, appeal.grounds(),
        appeal.evidence(), appeal.filingDueOn(), appeal.filedOn(), appeal.decisionDueOn(), decision, amount, on,
        note);
  }

  private AppealLevel save(AppealLevel appeal, String user) {
    appeals.save(appeal, user, clock.now());
    return appeal;
  }

  private static RequestRejected conflict(String claimId, String why) {
    return RequestRejected.conflict("Conflict", "claim " + claimId + ": " + why);
  }
}
