package org.claimrecovery.statedispute;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.claims.Stage;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.deadlines.CaseDeadlines;
import org.claimrecovery.deadlines.CaseEvents;
import org.claimrecovery.deadlines.Deadline;
import org.claimrecovery.pathway.Pathway;
import org.claimrecovery.refusal.RequestRejected;
import org.claimrecovery.settlement.PaymentSource;
import org.claimrecovery.settlement.Settlements;
import org.claimrecovery.statedispute.StateDispute.Decision;
import org.claimrecovery.statedispute.StateDispute.Status;
import org.claimrecovery.statedispute.StateDisputeRules.StateProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A claim's dispute under its state's own process (rules/state-disputes.yaml): prepared, filed with the state's body,
 * settled in the state's own negotiation or mediation step, decided, or its filing deadline missed. Staff in Tasklist
 * and integrations through {@code POST /api/claims/{id}/events} record the same facts here; each is checked against
 * the dispute's state (409 otherwise). The filing is the case event STATE_PROCESS_INITIATED.
 */
@Service
public class StateDisputes {

  private final StateDisputeRepository disputes;
  private final StateDisputeRules rules;
  private final ClaimRepository claims;
  private final CaseDeadlines deadlines;
  private final Settlements settlements;
  private final CaseClock clock;

  StateDisputes(StateDisputeRepository disputes, StateDisputeRules rules, ClaimRepository claims,
      CaseDeadlines deadlines, Settlements settlements, CaseClock clock) {
    this.disputes = disputes;
    this.rules = rules;
    this.claims = claims;
    this.deadlines = deadlines;
    this.settlements = settlements;
    this.clock = clock;
  }

  public Optional<StateDispute> of(String claimId) {
    return disputes.find(claimId);
  }

  /** The dispute of a claim whose process runs it. */
  public StateDispute current(String claimId) {
    return disputes.find(claimId).orElseThrow(() -> new IllegalStateException("claim " + claimId
        + " has no state dispute"));
  }

  /**
   * Whether the claim can go to its state's dispute process: pathway STATE_PROCESS, an entry of
   * rules/state-disputes.yaml in force today for the state whose law applies, and a due date of that entry's filing
   * deadline on the case.
   */
  public boolean available(String claimId) {
    Claim claim = claim(claimId);
    return claim.pathway() == Pathway.STATE_PROCESS && process(claim)
        .flatMap(process -> deadlines.find(claimId, process.filingDeadline())).isPresent();
  }

  /**
   * Opens the dispute with the state's process in force today and its filing deadline; opening it again returns it.
   *
   * @throws IllegalStateException when the claim cannot go to a state dispute ({@link #available})
   */
  @Transactional
  public StateDispute open(String claimId, String user) {
    Claim claim = claim(claimId);
    var existing = disputes.lock(claimId);
    if (existing.isPresent()) {
      return existing.get();
    }
    StateProcess process = process(claim).orElseThrow(() -> new IllegalStateException("claim " + claimId
        + " has no state dispute process in " + StateDisputeRules.DEFAULT_RESOURCE + " for " + claim.stateLaw()));
    LocalDate filingDueOn = deadlines.find(claimId, process.filingDeadline()).map(Deadline::dueOn)
        .orElseThrow(() -> new IllegalStateException("claim " + claimId + " has no " + process.filingDeadline()
            + " deadline under the rules in force"));
    claims.moveTo(claimId, Stage.STATE_DISPUTE);
    var opened = new StateDispute(claimId, process.state(), process.name(),
        process.body().name() + ", " + process.body().where(), Status.PREPARING, null, null,
        process.filingDeadline(), filingDueOn, null, null,
        process.ownStep() == null ? null : process.ownStep().name(), null, null, process.paymentCalendarDays(),
        null, null, null, null);
    return save(opened, user);
  }

  /** Our grounds and the amount we ask for; refused without either. */
  @Transactional
  public StateDispute prepared(String claimId, String grounds, BigDecimal ourAmount, String user) {
    if (grounds == null || grounds.isBlank()) {
      throw RequestRejected.invalid("stateDisputeGrounds", "Say why the payment is too low: the state's body "
          + "decides on the grounds and the documents filed.");
    }
    if (ourAmount == null || ourAmount.signum() <= 0) {
      throw RequestRejected.invalid("stateDisputeAmount", "Give the amount we ask the body to award, above zero.");
    }
    var dispute = require(claimId, "prepare it", Status.PREPARING);
    return save(dispute.prepared(grounds.strip(), ourAmount), user);
  }

  /**
   * The dispute was filed with the state's body on {@code on} (STATE_PROCESS_INITIATED): the own step's end and the
   * body's decision deadline are fixed now from the state's data.
   */
  @Transactional
  public StateDispute filed(String claimId, LocalDate on, String reference, String user) {
    if (on == null) {
      throw RequestRejected.invalid("on", "give the day the dispute was filed");
    }
    var dispute = require(claimId, "record the filing", Status.PREPARING);
    if (on.isAfter(clock.today())) {
      throw RequestRejected.invalid("on", "is in the future");
    }
    StateProcess process = processOf(dispute);
    claims.recordEvent(claimId, CaseEvents.STATE_PROCESS_INITIATED, on, user, clock.now());
    LocalDate ownStepEndsOn = process.ownStep() == null ? null : on.plusDays(process.ownStep().calendarDays());
    LocalDate decisionDueOn = (ownStepEndsOn == null ? on : ownStepEndsOn).plusDays(process.decisionCalendarDays());
    return save(dispute.filed(on, reference == null || reference.isBlank() ? null : reference.strip(),
        ownStepEndsOn, decisionDueOn), user);
  }

  /**
   * The result of the state's own negotiation or mediation step: settled, the payer owes the amount (the payment
   * watch expects it); not settled, the body decides.
   */
  @Transactional
  public StateDispute mediated(String claimId, boolean settled, BigDecimal amount, LocalDate on, String user) {
    var dispute = require(claimId, "record the mediation result", Status.FILED);
    if (dispute.ownStep() == null) {
      throw conflict(claimId, "cannot record a mediation result: " + dispute.state() + "'s process has no own step");
    }
    if (!settled) {
      return dispute;
    }
    if (amount == null || amount.signum() <= 0) {
      throw RequestRejected.invalid("stateDisputeSettledAmount", "give the amount settled on, above zero");
    }
    if (on == null || on.isBefore(dispute.filedOn()) || on.isAfter(clock.today())) {
      throw RequestRejected.invalid("stateDisputeSettledOn", "must be between the filing (" + dispute.filedOn()
          + ") and today");
    }
    var ended = save(dispute.ended(Status.SETTLED, null, amount, on, null), user);
    settlements.expect(claimId, PaymentSource.STATE_DISPUTE_SETTLEMENT, amount, on,
        on.plusDays(dispute.paymentDays()), processOf(dispute).citation());
    return ended;
  }

  /** The body's decision. Won: the payer owes the amount, watched by the payment watch; lost: the case closes. */
  @Transactional
  public StateDispute decided(String claimId, Decision decision, BigDecimal amount, LocalDate on, String user) {
    if (decision == null) {
      throw RequestRejected.invalid("decision", "must be WON or LOST");
    }
    if (decision == Decision.WON && (amount == null || amount.signum() <= 0)) {
      throw RequestRejected.invalid("amount", "give the amount the payer owes under the decision, above zero");
    }
    if (on == null) {
      throw RequestRejected.invalid("on", "give the day of the decision");
    }
    var dispute = require(claimId, "record a decision", Status.FILED);
    if (on.isBefore(dispute.filedOn())) {
      throw RequestRejected.invalid("on", "is before the dispute was filed (" + dispute.filedOn() + ")");
    }
    var decided = save(dispute.ended(Status.DECIDED, decision, decision == Decision.WON ? amount : null, on, null),
        user);
    if (decision == Decision.WON) {
      settlements.expect(claimId, PaymentSource.STATE_DISPUTE_AWARD, amount, on, on.plusDays(dispute.paymentDays()),
          processOf(dispute).citation());
    } else {
      claims.close(claimId, "STATE_DISPUTE_LOST", clock.now());
    }
    return decided;
  }

  /** The filing deadline passed with nothing filed; who held the work stays on the record, and the case closes. */
  @Transactional
  public StateDispute filingMissed(String claimId, String heldBy, String user) {
    var dispute = require(claimId, "record the missed filing", Status.PREPARING);
    var missed = save(dispute.ended(Status.MISSED, null, null, null, "Not filed by " + dispute.filingDueOn()
        + " (held by " + (heldBy == null ? "nobody" : heldBy) + ")"), user);
    claims.close(claimId, "STATE_DISPUTE_MISSED", clock.now());
    return missed;
  }

  private Optional<StateProcess> process(Claim claim) {
    return claim.stateLaw() == null ? Optional.empty() : rules.of(claim.stateLaw(), clock.today());
  }

  /** The state's process the dispute opened under (the entry in force on the day it opened). */
  public StateProcess processOf(StateDispute dispute) {
    return rules.stateDisputes().stream()
        .filter(entry -> entry.state().equals(dispute.state()) && entry.name().equals(dispute.process()))
        .max(java.util.Comparator.comparing(StateProcess::effectiveFrom))
        .orElseGet(() -> rules.of(dispute.state(), clock.today()).orElseThrow(() -> new IllegalStateException(
            "no state dispute process for " + dispute.state() + " in " + StateDisputeRules.DEFAULT_RESOURCE)));
  }

  private StateDispute require(String claimId, String what, Status expected) {
    claim(claimId);
    var dispute = disputes.lock(claimId).orElseThrow(() -> conflict(claimId,
        "cannot " + what + ": the claim has no state dispute"));
    if (dispute.status() != expected) {
      throw conflict(claimId, "cannot " + what + ": the state dispute is " + dispute.status().name().toLowerCase());
    }
    return dispute;
  }

  private Claim claim(String claimId) {
    return claims.findById(claimId).orElseThrow(() -> RequestRejected.notFound("Claim " + claimId));
  }

  private StateDispute save(StateDispute dispute, String user) {
    disputes.save(dispute, user, clock.now());
    return dispute;
  }

  private static RequestRejected conflict(String claimId, String why) {
    return RequestRejected.conflict("Conflict", "claim " + claimId + ": " + why);
  }
}
