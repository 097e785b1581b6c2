package org.claimrecovery.complaint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.claims.Stage;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.complaint.RegulatorComplaint.Cause;
import org.claimrecovery.complaint.RegulatorComplaint.Result;
import org.claimrecovery.complaint.RegulatorComplaint.Status;
import org.claimrecovery.complaint.RegulatorRules.Regulator;
import org.claimrecovery.refusal.RequestRejected;
import org.claimrecovery.settlement.PaymentSource;
import org.claimrecovery.settlement.Settlements;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A claim's complaints to the regulator of its plan (rules/regulators.yaml): about a payer that does not pay what it
 * owes or lets its own deadline pass, or after a dispute decided against us. Prepared, filed, its answer followed up,
 * and answered. Staff in Tasklist and integrations through {@code POST /api/claims/{id}/events} record the same facts
 * here, on the claim's latest complaint; each is checked against its state (409 otherwise).
 */
@Service
public class RegulatorComplaints {

  private final RegulatorComplaintRepository complaints;
  private final RegulatorRules rules;
  private final ClaimRepository claims;
  private final Settlements settlements;
  private final CaseClock clock;

  RegulatorComplaints(RegulatorComplaintRepository complaints, RegulatorRules rules, ClaimRepository claims,
      Settlements settlements, CaseClock clock) {
    this.complaints = complaints;
    this.rules = rules;
    this.claims = claims;
    this.settlements = settlements;
    this.clock = clock;
  }

  /** The claim's latest complaint. */
  public Optional<RegulatorComplaint> of(String claimId) {
    return complaints.find(claimId);
  }

  /** The complaint of a claim whose process runs it. */
  public RegulatorComplaint current(String claimId) {
    return complaints.find(claimId).orElseThrow(() -> new IllegalStateException("claim " + claimId
        + " has no regulator complaint"));
  }

  /** The regulator a complaint about the claim would go to today; empty where rules/regulators.yaml names none. */
  public Optional<Regulator> regulatorFor(String claimId) {
    return rules.of(claim(claimId), clock.today());
  }

  /**
   * Refuses a complaint for a claim no regulator covers, naming what the rules would need.
   *
   * @throws RequestRejected 400 on {@code field}
   */
  public void requireRegulator(String claimId, String field) {
    if (regulatorFor(claimId).isEmpty()) {
      Claim claim = claim(claimId);
      throw RequestRejected.invalid(field, "No regulator in " + RegulatorRules.DEFAULT_RESOURCE + " takes complaints "
          + "about this claim (pathway " + claim.pathway() + ", plan type " + claim.planType() + ", plan state "
          + claim.planState() + "): choose another step, or have a process owner add the regulator.");
    }
  }

  /**
   * Opens a complaint with the claim's regulator today; while the claim's latest complaint is still open, opening
   * returns it. A complaint after a dispute decided against us moves the case to the complaint stage; the others run
   * beside the case, which keeps its stage.
   *
   * @throws IllegalStateException when no regulator covers the claim ({@link #requireRegulator})
   */
  @Transactional
  public RegulatorComplaint open(String claimId, Cause cause, String user) {
    Claim claim = claim(claimId);
    var latest = complaints.lock(claimId);
    if (latest.filter(RegulatorComplaint::open).isPresent()) {
      return latest.get();
    }
    Regulator regulator = rules.of(claim, clock.today()).orElseThrow(() -> new IllegalStateException("claim "
        + claimId + " has no regulator in " + RegulatorRules.DEFAULT_RESOURCE));
    if (cause.isTheCasesNextStep()) {
      claims.moveTo(claimId, Stage.REGULATOR_COMPLAINT);
    }
    return save(new RegulatorComplaint(claimId, latest.map(RegulatorComplaint::number).orElse(0) + 1, regulator.id(),
        regulator.addressed(), clock.today(), cause, Status.PREPARING, null, null, null,
        regulator.responseCalendarDays(), null, 0, null, null, null, null, null), user);
  }

  /** What we complain of, in our words; refused without. */
  @Transactional
  public RegulatorComplaint prepared(String claimId, String grounds, String user) {
    if (grounds == null || grounds.isBlank()) {
      throw RequestRejected.invalid("complaintGrounds", "Say what the payer did or failed to do: the regulator "
          + "acts on the complaint's grounds and the record enclosed.");
    }
    var complaint = require(claimId, "prepare it", Status.PREPARING);
    return save(complaint.prepared(grounds.strip()), user);
  }

  /** The complaint was filed with the regulator on {@code on}: its answer is awaited from then for its response days. */
  @Transactional
  public RegulatorComplaint filed(String claimId, LocalDate on, String reference, String user) {
    if (on == null) {
      throw RequestRejected.invalid("on", "give the day the complaint was filed");
    }
    var complaint = require(claimId, "record the filing", Status.PREPARING);
    if (on.isAfter(clock.today())) {
      throw RequestRejected.invalid("on", "is in the future");
    }
    if (on.isBefore(complaint.openedOn())) {
      throw RequestRejected.invalid("on", "is before the complaint was opened (" + complaint.openedOn() + ")");
    }
    return save(complaint.filed(on, reference == null || reference.isBlank() ? null : reference.strip()), user);
  }

  /** A person asked the regulator about its overdue answer on {@code on}; what they did stays on the record. */
  @Transactional
  public RegulatorComplaint followedUp(String claimId, LocalDate on, String note, String user) {
    if (note == null || note.isBlank()) {
      throw RequestRejected.invalid("complaintFollowUpNote", "Say whom you contacted at the regulator and what "
          + "they answered.");
    }
    var complaint = require(claimId, "record a follow-up", Status.FILED);
    if (on == null || on.isBefore(complaint.filedOn()) || on.isAfter(clock.today())) {
      throw RequestRejected.invalid("on", "must be between the filing (" + complaint.filedOn() + ") and today");
    }
    return save(complaint.followedUp(on, "Followed up by " + user + " on " + on + ": " + note.strip()), user);
  }

  /**
   * The regulator's answer. A complaint that runs beside the case leaves the case as it is, whatever the answer. One
   * that is the case's next step puts an amount the regulator found owed in the payment watch, and otherwise closes
   * the case.
   */
  @Transactional
  public RegulatorComplaint resolved(String claimId, Result result, BigDecimal amountOwed, LocalDate on, String user) {
    if (result == null) {
      throw RequestRejected.invalid("result", "must be JUSTIFIED or NOT_JUSTIFIED");
    }
    if (amountOwed != null && amountOwed.signum() < 0) {
      throw RequestRejected.invalid("amount", "must not be negative");
    }
    if (on == null) {
      throw RequestRejected.invalid("on", "give the day of the regulator's answer");
    }
    var complaint = require(claimId, "record the regulator's answer", Status.FILED);
    if (on.isBefore(complaint.filedOn()) || on.isAfter(clock.today())) {
      throw RequestRejected.invalid("on", "must be between the filing (" + complaint.filedOn() + ") and today");
    }
    BigDecimal owed = result == Result.JUSTIFIED && amountOwed != null && amountOwed.signum() > 0 ? amountOwed : null;
    var answered = save(complaint.ended(Status.RESOLVED, result, owed, on, null), user);
    if (complaint.cause().isTheCasesNextStep()) {
      if (owed != null) {
        var regulator = regulatorOf(complaint);
        settlements.expect(claimId, PaymentSource.REGULATOR_COMPLAINT, owed, on,
            on.plusDays(regulator.paymentCalendarDays()), regulator.citation());
      } else {
        claims.close(claimId, result == Result.JUSTIFIED ? "COMPLAINT_RESOLVED" : "COMPLAINT_NOT_JUSTIFIED",
            clock.now());
      }
    }
    return answered;
  }

  /** Whether the regulator's answer left an amount for the payment watch to wait for. */
  public boolean amountOwedAfter(String claimId) {
    return complaints.find(claimId).filter(complaint -> complaint.cause().isTheCasesNextStep()
        && complaint.amountOwed() != null).isPresent();
  }

  /**
   * The payer paid what it owed and the case closes while a complaint is still open: the complaint is withdrawn, with
   * a note to tell the regulator. Nothing happens where no complaint is open.
   */
  @Transactional
  public Optional<RegulatorComplaint> paidMeanwhile(String claimId, String user) {
    return complaints.lock(claimId).filter(RegulatorComplaint::open)
        .map(open -> save(open.ended(Status.WITHDRAWN, null, null, clock.today(), "The payer paid on or before "
            + clock.today() + " and the case closed while the complaint was " + open.status().name().toLowerCase()
            + (open.status() == Status.FILED ? ": tell the regulator the complaint is resolved" : "; not filed")),
            user));
  }

  /** The regulator's entry the complaint opened under. */
  public Regulator regulatorOf(RegulatorComplaint complaint) {
    return rules.byId(complaint.regulatorId(), complaint.openedOn()).orElseThrow(() -> new IllegalStateException(
        "no regulator " + complaint.regulatorId() + " in " + RegulatorRules.DEFAULT_RESOURCE));
  }

  private RegulatorComplaint require(String claimId, String what, Status expected) {
    claim(claimId);
    var complaint = complaints.lock(claimId).orElseThrow(() -> conflict(claimId,
        "cannot " + what + ": the claim has no regulator complaint"));
    if (complaint.status() != expected) {
      throw conflict(claimId, "cannot " + what + ": the complaint is " + complaint.status().name().toLowerCase());
    }
    return complaint;
  }

  private Claim claim(String claimId) {
    return claims.findById(claimId).orElseThrow(() -> RequestRejected.notFound("Claim " + claimId));
  }

  private RegulatorComplaint save(RegulatorComplaint complaint, String user) {
    complaints.save(complaint, user, clock.now());
    return complaint;
  }

  private static RequestRejected conflict(String claimId, String why) {
    return RequestRejected.conflict("Conflict", "claim " + claimId + ": " + why);
  }
}
