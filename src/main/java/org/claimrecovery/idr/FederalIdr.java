package org.claimrecovery.idr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.claims.Stage;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.deadlines.CaseDeadlines;
import org.claimrecovery.deadlines.CaseEvents;
import org.claimrecovery.deadlines.Deadline;
import org.claimrecovery.idr.IdrDispute.Result;
import org.claimrecovery.idr.IdrDispute.SelectedBy;
import org.claimrecovery.idr.IdrDispute.Status;
import org.claimrecovery.idr.IdrRules.DisputeType;
import org.claimrecovery.idr.IdrRules.EntityFee;
import org.claimrecovery.negotiation.NegotiationRules;
import org.claimrecovery.refusal.FieldProblem;
import org.claimrecovery.refusal.RequestRejected;
import org.claimrecovery.settlement.PaymentSource;
import org.claimrecovery.settlement.Settlements;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A claim's federal IDR dispute from preparation to decision. Staff in Tasklist and integrations through
 * {@code POST /api/claims/{id}/events} record the same facts through these methods: each checks that the fact fits
 * the dispute's state (409 otherwise), dates the case event deadlines count from, and on a decision hands the amount
 * to the payment watch or closes the case.
 */
@Service
public class FederalIdr {

  private final IdrDisputeRepository disputes;
  private final ClaimRepository claims;
  private final OfferJustificationCheck justificationCheck;
  private final Settlements settlements;
  private final CaseDeadlines deadlines;
  private final NegotiationRules negotiationRules;
  private final CaseClock clock;
  private final IdrFees fees;

  FederalIdr(IdrDisputeRepository disputes, ClaimRepository claims, OfferJustificationCheck justificationCheck,
      Settlements settlements, CaseDeadlines deadlines, NegotiationRules negotiationRules, CaseClock clock,
      IdrFees fees) {
    this.disputes = disputes;
    this.claims = claims;
    this.justificationCheck = justificationCheck;
    this.settlements = settlements;
    this.deadlines = deadlines;
    this.negotiationRules = negotiationRules;
    this.clock = clock;
    this.fees = fees;
  }

  /** Which party the certified IDR entity's determination favours. */
  public enum PrevailingParty { PROVIDER, PAYER }

  public java.util.Optional<IdrDispute> of(String claimId) {
    return disputes.find(claimId);
  }

  /** The case has entered the federal IDR stage. */
  public void entered(String claimId) {
    claims.moveTo(claimId, Stage.FEDERAL_IDR);
  }

  /** What the justification says that the entity must not consider, with the phrase and its source. */
  public List<OfferJustificationCheck.Finding> justificationFindings(String justification) {
    return justification == null ? List.of() : justificationCheck.check(justification);
  }

  /**
   * Why the preparation cannot be filed: no offer, no justification, or a justification citing a factor the entity
   * must not consider without a supervisor's written override (PHS Act 2799A-1(c)(5)(D)).
   */
  public List<FieldProblem> preparationProblems(BigDecimal offer, String justification, String overrideReason,
      boolean bySupervisor) {
    List<FieldProblem> problems = new ArrayList<>();
    if (offer == null || offer.signum() <= 0) {
      problems.add(new FieldProblem("offerAmount", "Give our offer for the out-of-network rate, above zero."));
    }
    if (justification == null || justification.isBlank()) {
      problems.add(new FieldProblem("offerJustification", "Say why the offer is right: the entity weighs the QPA "
          + "and the additional circumstances (45 CFR 149.510(c)(4)(iii))."));
    }
    var findings = justificationFindings(justification);
    if (!findings.isEmpty() && (!bySupervisor || overrideReason == null || overrideReason.isBlank())) {
      problems.add(new FieldProblem("offerJustification", "The justification cites what the certified IDR entity "
          + "must not consider: " + String.join("; ", findings.stream()
              .map(finding -> "\"" + finding.phrase() + "\" (" + finding.description() + ", " + finding.citation()
                  + ")").toList())
          + ". Rewrite it, or a billing supervisor files it anyway with a written override reason."));
    }
    return problems;
  }

  @Transactional
  public IdrDispute prepared(String claimId, BigDecimal offer, String justification, String overrideReason,
      String preferredEntity, String user) {
    var dispute = current(claimId);
    requireOpen(claimId, dispute, "prepare a dispute");
    return save(new IdrDispute(claimId, Status.PREPARED, offer, justification, blankToNull(overrideReason),
        blankToNull(preferredEntity), null, null, null, null, null, null, null, null, null, null, null, null, null,
        null), user);
  }

  @Transactional
  public IdrDispute initiated(String claimId, String disputeNumber, LocalDate on, String user) {
    var dispute = current(claimId);
    if (dispute != null && dispute.status() != Status.PREPARED) {
      throw conflict(claimId, "federal IDR was already initiated (" + dispute.disputeNumber() + ")");
    }
    requireStage(claimId);
    notBefore("on", on, startOfWindow(claimId), "the initiation window opens");
    claims.recordEvent(claimId, CaseEvents.IDR_INITIATED, on, user, clock.now());
    var base = dispute == null ? blank(claimId) : dispute;
    return save(with(base, Status.INITIATED, disputeNumber, on, base.entity(), base.entitySelectedOn(), null, null,
        null), user);
  }

  /**
   * The certified IDR entity was selected: jointly by the parties, or by the Departments when they did not
   * (45 CFR 149.510(c)(1)); {@code selectedBy} null means the parties.
   *
   * @param payerObjectedOn when the payer objected to our preferred entity; null when it did not
   */
  @Transactional
  public IdrDispute entitySelected(String claimId, String entity, LocalDate on, SelectedBy selectedBy,
      LocalDate payerObjectedOn, String user) {
    var dispute = requireStatus(claimId, "record the certified IDR entity", Status.INITIATED);
    notBefore("on", on, dispute.initiatedOn(), "the initiation");
    if (payerObjectedOn != null) {
      notBefore("payerObjectedOn", payerObjectedOn, dispute.initiatedOn(), "the initiation");
    }
    claims.recordEvent(claimId, CaseEvents.IDR_ENTITY_SELECTED, on, user, clock.now());
    return save(with(dispute, Status.ENTITY_SELECTED, dispute.disputeNumber(), dispute.initiatedOn(), entity, on,
        null, null, null).withSelection(selectedBy == null ? SelectedBy.PARTIES : selectedBy, payerObjectedOn),
        user);
  }

  /**
   * Whether the claim's dispute is SINGLE or BATCHED, the one place that says so: batching several claims into one
   * dispute is not offered yet, so every dispute is SINGLE.
   */
  public DisputeType disputeType(String claimId) {
    return DisputeType.SINGLE;
  }

  /**
   * The selected entity's fee for this dispute (its type, its initiation date) with its citation; empty before the
   * entity or the initiation is recorded, or when rules/idr.yaml configures no such fee for the entity.
   */
  public Optional<EntityFee> entityFee(IdrDispute dispute) {
    if (dispute.entity() == null || dispute.initiatedOn() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(fees.entityFee(dispute.entity(), disputeType(dispute.claimId()), dispute.initiatedOn()));
    } catch (IllegalArgumentException notConfigured) {
      return Optional.empty();
    }
  }

  @Transactional
  public IdrDispute offersSubmitted(String claimId, LocalDate on, BigDecimal offer, BigDecimal feesPaid,
      String user) {
    var dispute = requireStatus(claimId, "record the offers", Status.ENTITY_SELECTED);
    notBefore("on", on, dispute.entitySelectedOn(), "the entity's selection");
    return save(with(dispute, Status.OFFERS_SUBMITTED, dispute.disputeNumber(), dispute.initiatedOn(),
        dispute.entity(), dispute.entitySelectedOn(), on, offer, feesPaid), user);
  }

  /**
   * The entity's payment determination. Won: the payer owes the award within 30 calendar days (IDR_PAYMENT), watched
   * by the payment watch. Lost: the case closes. Either way the cooling-off period starts (COOLING_OFF_END).
   */
  @Transactional
  public IdrDispute determined(String claimId, PrevailingParty party, BigDecimal amount, LocalDate on, String user) {
    var dispute = requireStatus(claimId, "record a determination", Status.ENTITY_SELECTED, Status.OFFERS_SUBMITTED);
    notBefore("on", on, dispute.entitySelectedOn(), "the entity's selection");
    claims.recordEvent(claimId, CaseEvents.IDR_DETERMINATION_MADE, on, user, clock.now());
    var result = party == PrevailingParty.PROVIDER ? Result.WON : Result.LOST;
    var outcome = decided(dispute, result, amount, on, null);
    // the losing party pays the certified IDR entity's fee
    var decided = save(result == Result.LOST
        ? outcome.withEntityFeeOwed(entityFee(dispute).map(EntityFee::amount).orElse(null)) : outcome, user);
    if (result == Result.WON) {
      LocalDate dueOn = deadlines.find(claimId, "IDR_PAYMENT").map(Deadline::dueOn).orElse(on.plusDays(30));
      settlements.expect(claimId, PaymentSource.IDR_AWARD, amount, on, dueOn);
    } else {
      claims.close(claimId, "IDR_LOST", clock.now());
    }
    return decided;
  }

  /** The parties settled during IDR: the agreed amount goes to the payment watch (the house payment deadline). */
  @Transactional
  public IdrDispute settled(String claimId, BigDecimal amount, LocalDate on, String user) {
    var dispute = requireStatus(claimId, "record a settlement", Status.INITIATED, Status.ENTITY_SELECTED,
        Status.OFFERS_SUBMITTED);
    notBefore("on", on, dispute.initiatedOn(), "the initiation");
    claims.recordEvent(claimId, CaseEvents.IDR_SETTLEMENT_AGREED, on, user, clock.now());
    var decided = save(decided(dispute, Result.SETTLED, amount, on, null), user);
    settlements.expect(claimId, PaymentSource.IDR_SETTLEMENT, amount, on,
        on.plusDays(negotiationRules.paymentDeadline().calendarDays()));
    return decided;
  }

  /** The dispute cannot be filed: the reasons stay on the dispute and the case closes as ineligible. */
  @Transactional
  public IdrDispute ineligible(String claimId, List<String> reasons, String note, String user) {
    var dispute = current(claimId);
    requireOpen(claimId, dispute, "record it as ineligible");
    var lines = new ArrayList<>(reasons);
    if (note != null && !note.isBlank()) {
      lines.add("Supervisor: " + note.strip());
    }
    var base = dispute == null ? blank(claimId) : dispute;
    var ended = save(new IdrDispute(claimId, Status.INELIGIBLE, base.offerAmount(), base.offerJustification(),
        base.overrideReason(), base.preferredEntity(), base.disputeNumber(), base.initiatedOn(), base.entity(),
        base.entitySelectedOn(), base.offersSubmittedOn(), base.submittedOffer(), base.feesPaid(), Result.INELIGIBLE,
        null, clock.today(), String.join("\n", lines), base.selectedBy(), base.payerObjectedOn(),
        base.entityFeeOwed()), user);
    claims.close(claimId, "IDR_INELIGIBLE", clock.now());
    return ended;
  }

  private IdrDispute current(String claimId) {
    if (claims.findById(claimId).isEmpty()) {
      throw RequestRejected.notFound("Claim " + claimId);
    }
    return disputes.lock(claimId).orElse(null);
  }

  private void requireStage(String claimId) {
    var stage = claims.findById(claimId).orElseThrow().stage();
    if (stage != Stage.FEDERAL_IDR) {
      throw conflict(claimId, "the case is not in the federal IDR stage (stage " + stage + ")");
    }
  }

  private IdrDispute requireStatus(String claimId, String what, Status... allowed) {
    var dispute = current(claimId);
    if (dispute == null || !List.of(allowed).contains(dispute.status())) {
      throw conflict(claimId, "cannot " + what + ": the dispute is "
          + (dispute == null ? "not initiated" : dispute.status().name().toLowerCase().replace('_', ' ')));
    }
    return dispute;
  }

  private static void requireOpen(String claimId, IdrDispute dispute, String what) {
    if (dispute != null && !dispute.open()) {
      throw conflict(claimId, "cannot " + what + ": the dispute ended (" + dispute.result() + ")");
    }
  }

  private LocalDate startOfWindow(String claimId) {
    return deadlines.find(claimId, "OPEN_NEGOTIATION_PERIOD_END").map(deadline -> deadline.dueOn().plusDays(1))
        .orElse(null);
  }

  /** A fact dated before the one it follows is a typing error, not a late fact. */
  private static void notBefore(String field, LocalDate on, LocalDate earliest, String what) {
    if (earliest != null && on.isBefore(earliest)) {
      throw RequestRejected.invalid(field, "is before " + what + " (" + earliest + ")");
    }
  }

  private static RequestRejected conflict(String claimId, String why) {
    return RequestRejected.conflict("Conflict", "claim " + claimId + ": " + why);
  }

  private IdrDispute save(IdrDispute dispute, String user) {
    disputes.save(dispute, user, clock.now());
    return dispute;
  }

  private static IdrDispute blank(String claimId) {
    return new IdrDispute(claimId, Status.PREPARED, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null);
  }

  private static IdrDispute with(IdrDispute d, Status status, String disputeNumber, LocalDate initiatedOn,
      String entity, LocalDate entitySelectedOn, LocalDate offersSubmittedOn, BigDecimal submittedOffer,
      BigDecimal feesPaid) {
    return new IdrDispute(d.claimId(), status, d.offerAmount(), d.offerJustification(), d.overrideReason(),
        d.preferredEntity(), disputeNumber, initiatedOn, entity, entitySelectedOn,
        offersSubmittedOn == null ? d.offersSubmittedOn() : offersSubmittedOn,
        submittedOffer == null ? d.submittedOffer() : submittedOffer, feesPaid == null ? d.feesPaid() : feesPaid,
        null, null, null, null, d.selectedBy(), d.payerObjectedOn(), d.entityFeeOwed());
  }

  private static IdrDispute decided(IdrDispute d, Result result, BigDecimal amount, LocalDate on, String reasons) {
    return new IdrDispute(d.claimId(), Status.DECIDED, d.offerAmount(), d.offerJustification(), d.overrideReason(),
        d.preferredEntity(), d.disputeNumber(), d.initiatedOn(), d.entity(), d.entitySelectedOn(),
        d.offersSubmittedOn(), d.submittedOffer(), d.feesPaid(), result, amount, on, reasons, d.selectedBy(),
        d.payerObjectedOn(), d.entityFeeOwed());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
