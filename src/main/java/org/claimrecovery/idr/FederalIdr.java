package org.claimrecovery.idr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
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
import org.claimrecovery.negotiation.Shares;
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

  /** Who acts when the service itself changes a dispute (a batch released when its lead was not filed). */
  private static final String SYSTEM = "system";

  private final IdrDisputeRepository disputes;
  private final ClaimRepository claims;
  private final OfferJustificationCheck justificationCheck;
  private final Settlements settlements;
  private final CaseDeadlines deadlines;
  private final NegotiationRules negotiationRules;
  private final IdrBatches batches;
  private final IdrWorkflow workflow;
  private final IdrInitiationWindow window;
  private final CaseClock clock;
  private final IdrFees fees;

  FederalIdr(IdrDisputeRepository disputes, ClaimRepository claims, OfferJustificationCheck justificationCheck,
      Settlements settlements, CaseDeadlines deadlines, NegotiationRules negotiationRules, IdrBatches batches,
      IdrWorkflow workflow, IdrInitiationWindow window, IdrFees fees, CaseClock clock) {
    this.disputes = disputes;
    this.window = window;
    this.batches = batches;
    this.workflow = workflow;
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

  /** Where the process goes after a preparation that passed its checks. */
  public enum AfterPreparation {
    /** Alone, or the lead of a batch whose claims are all prepared: send the notice and file. */
    FILE,
    /** The lead of a batch with claims still preparing waits for them. */
    AWAIT_BATCH,
    /** Filed in a batch another claim leads: the lead files and records the dispute for it. */
    FILED_BY_LEAD
  }

  /** @param next where the process goes on; null when the preparation was refused */
  public record Preparation(List<FieldProblem> problems, AfterPreparation next) {}

  public java.util.Optional<IdrDispute> of(String claimId) {
    return disputes.find(claimId);
  }

  /** The case has entered the federal IDR stage. */
  public void entered(String claimId) {
    claims.moveTo(claimId, Stage.FEDERAL_IDR);
  }

  /**
   * Another claim's cooling-off period, which held this claim's initiation back, ended on {@code lastDay}: the claim's
   * own window (COOLING_OFF_INITIATION, 30 business days) counts from it (45 CFR 149.510(c)(4)(vi)).
   */
  public void coolingOffEnded(String claimId, LocalDate lastDay, String user) {
    claims.recordEvent(claimId, CaseEvents.COOLING_OFF_ENDED, lastDay, user, clock.now());
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

  /**
   * Records our offer for the dispute, and the claims named to be filed with it as one batch
   * ({@code batchClaimNumbers}), unless something refuses it: the preparation's own problems or a claim that may not
   * join, each named with its rule. Nothing is recorded when anything is refused.
   */
  @Transactional
  public Preparation prepare(String claimId, BigDecimal offer, String justification, String overrideReason,
      String preferredEntity, String batchClaimNumbers, boolean bySupervisor, String user) {
    var dispute = current(claimId);
    requireOpen(claimId, dispute, "prepare a dispute");
    var problems = new ArrayList<>(preparationProblems(offer, justification, overrideReason, bySupervisor));
    var joining = batches.check(claims.findById(claimId).orElseThrow(), dispute,
        IdrBatches.claimNumbers(batchClaimNumbers), clock.today());
    problems.addAll(joining.problems());
    if (!problems.isEmpty()) {
      return new Preparation(List.copyOf(problems), null);
    }
    var prepared = save(new IdrDispute(claimId, Status.PREPARED, offer, justification, blankToNull(overrideReason),
        blankToNull(preferredEntity), null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, dispute == null ? null : dispute.batchLeadClaimId()), user);
    if (!joining.claims().isEmpty()) {
      prepared = batches.form(prepared, joining.claims(), user, clock.now());
    }
    return new Preparation(List.of(), batches.afterPreparation(prepared));
  }

  /** The claims of the dispute the claim is filed in, the lead first: the claim alone unless it is batched. */
  public List<String> batchOf(String claimId) {
    return disputes.find(claimId).map(batches::claimIds).orElse(List.of(claimId));
  }

  @Transactional
  public IdrDispute initiated(String claimId, String disputeNumber, LocalDate on, String user) {
    var dispute = current(claimId);
    requireNotMember(claimId, dispute);
    if (dispute != null && dispute.status() != Status.PREPARED) {
      throw conflict(claimId, "federal IDR was already initiated (" + dispute.disputeNumber() + ")");
    }
    requireStage(claimId);
    notBefore("on", on, startOfWindow(claimId), "the initiation window opens");
    var base = dispute == null ? blank(claimId) : dispute;
    return forBatch(base, claim -> {
      claims.recordEvent(claim.claimId(), CaseEvents.IDR_INITIATED, on, user, clock.now());
      return save(with(claim, Status.INITIATED, disputeNumber, on, claim.entity(), claim.entitySelectedOn(), null,
          null, null), user);
    });
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
    return forBatch(dispute, claim -> {
      claims.recordEvent(claim.claimId(), CaseEvents.IDR_ENTITY_SELECTED, on, user, clock.now());
      return save(with(claim, Status.ENTITY_SELECTED, claim.disputeNumber(), claim.initiatedOn(), entity, on, null,
          null, null).withSelection(selectedBy == null ? SelectedBy.PARTIES : selectedBy, payerObjectedOn), user);
    });
  }

  /** Whether the claim's dispute is SINGLE or BATCHED (filed with other claims), the one place that says so. */
  public DisputeType disputeType(String claimId) {
    return disputes.find(claimId).filter(dispute -> dispute.batchLeadClaimId() != null).isPresent()
        ? DisputeType.BATCHED : DisputeType.SINGLE;
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
    // the fees are paid once for the dispute: they stay with the lead
    return forBatch(dispute, claim -> save(with(claim, Status.OFFERS_SUBMITTED, claim.disputeNumber(),
        claim.initiatedOn(), claim.entity(), claim.entitySelectedOn(), on,
        claim.claimId().equals(claimId) ? offer : claim.offerAmount(),
        claim.claimId().equals(claimId) ? feesPaid : null), user));
  }

  /**
   * The entity's payment determination. Won: the payer owes the award within 30 calendar days (IDR_PAYMENT), watched
   * by the payment watch. Lost: the case closes. Either way the cooling-off period starts (COOLING_OFF_END).
   */
  @Transactional
  public IdrDispute determined(String claimId, PrevailingParty party, BigDecimal amount, LocalDate on, String user) {
    var dispute = requireStatus(claimId, "record a determination", Status.ENTITY_SELECTED, Status.OFFERS_SUBMITTED);
    notBefore("on", on, dispute.entitySelectedOn(), "the entity's selection");
    var result = party == PrevailingParty.PROVIDER ? Result.WON : Result.LOST;
    return decideBatch(dispute, amount, (claim, share) -> {
      claims.recordEvent(claim.claimId(), CaseEvents.IDR_DETERMINATION_MADE, on, user, clock.now());
      var outcome = decided(claim, result, share, on, null);
      // the losing party pays the certified IDR entity's fee, once for the dispute: it stays with the lead
      var decided = save(result == Result.LOST && !claim.batchMember()
          ? outcome.withEntityFeeOwed(entityFee(claim).map(EntityFee::amount).orElse(null)) : outcome, user);
      if (result == Result.WON) {
        // the rules date the payment (PHS Act 2799A-1(c)(6)); a guessed day would hide a broken rule book
        Deadline payment = deadlines.find(claim.claimId(), "IDR_PAYMENT")
            .orElseThrow(() -> new IllegalStateException("claim " + claim.claimId()
                + " has no IDR_PAYMENT deadline under the rules in force: the award's payment cannot be dated"));
        settlements.expect(claim.claimId(), PaymentSource.IDR_AWARD, share, on, payment.dueOn(), payment.citation());
      } else {
        claims.close(claim.claimId(), "IDR_LOST", clock.now());
      }
      return decided;
    });
  }

  /** The parties settled during IDR: the agreed amount goes to the payment watch (the house payment deadline). */
  @Transactional
  public IdrDispute settled(String claimId, BigDecimal amount, LocalDate on, String user) {
    var dispute = requireStatus(claimId, "record a settlement", Status.INITIATED, Status.ENTITY_SELECTED,
        Status.OFFERS_SUBMITTED);
    notBefore("on", on, dispute.initiatedOn(), "the initiation");
    return decideBatch(dispute, amount, (claim, share) -> {
      claims.recordEvent(claim.claimId(), CaseEvents.IDR_SETTLEMENT_AGREED, on, user, clock.now());
      var decided = save(decided(claim, Result.SETTLED, share, on, null), user);
      settlements.expect(claim.claimId(), PaymentSource.IDR_SETTLEMENT, share, on,
          on.plusDays(negotiationRules.paymentDeadline().calendarDays()), negotiationRules.paymentDeadline().citation());
      return decided;
    });
  }

  /** The dispute cannot be filed: the reasons stay on the dispute and the case closes as ineligible. */
  @Transactional
  public IdrDispute ineligible(String claimId, List<String> reasons, String note, String user) {
    var dispute = current(claimId);
    requireOpen(claimId, dispute, "record it as ineligible");
    var lines = new ArrayList<String>();
    if (dispute != null && dispute.batchMember()) {
      var lead = disputes.find(dispute.batchLeadClaimId());
      if (lead.isPresent() && lead.get().status() == Status.INELIGIBLE) {
        lines.add("Filed in the batch that claim " + claimNumber(lead.get().claimId()) + " leads, which was not "
            + "filed");
      }
    }
    lines.addAll(reasons);
    if (note != null && !note.isBlank()) {
      lines.add("Supervisor: " + note.strip());
    }
    var base = dispute == null ? blank(claimId) : dispute;
    var ended = save(new IdrDispute(claimId, Status.INELIGIBLE, base.offerAmount(), base.offerJustification(),
        base.overrideReason(), base.preferredEntity(), base.disputeNumber(), base.initiatedOn(), base.entity(),
        base.entitySelectedOn(), base.offersSubmittedOn(), base.submittedOffer(), base.feesPaid(), Result.INELIGIBLE,
        null, clock.today(), String.join("\n", lines), base.selectedBy(), base.payerObjectedOn(),
        base.entityFeeOwed(), base.batchLeadClaimId()), user);
    claims.close(claimId, "IDR_INELIGIBLE", clock.now());
    if (ended.batchLead()) {
      releaseBatch(ended);
    }
    return ended;
  }

  /**
   * The lead was not filed: claims still preparing leave the batch and go on alone; the prepared ones, which handed
   * their filing to the lead, go to the supervisors with the reason.
   */
  private void releaseBatch(IdrDispute lead) {
    for (var member : batches.members(lead.claimId())) {
      if (member.prepared()) {
        workflow.batchNotFiled(member.claimId(), "Filed in the batch that claim " + claimNumber(lead.claimId())
            + " leads, which was not filed: " + lead.ineligibleReasons().replace('\n', ' '));
      } else {
        save(member.withBatchLead(null), SYSTEM);
      }
    }
  }

  /** Applies a fact of the dispute to each claim filed in it, the lead's dispute returned. */
  private IdrDispute forBatch(IdrDispute lead, UnaryOperator<IdrDispute> change) {
    var result = change.apply(lead);
    if (lead.batchLead()) {
      batches.members(lead.claimId()).forEach(change::apply);
    }
    return result;
  }

  /**
   * Decides each claim of the dispute with its share of {@code amount}: a batch's amount is its total, split over
   * its claims in proportion to their offers (for the prevailing provider, each claim's own offer), as a bundle's
   * amounts are in negotiation. Each member's process then hears its result.
   */
  private IdrDispute decideBatch(IdrDispute lead, BigDecimal amount,
      BiFunction<IdrDispute, BigDecimal, IdrDispute> decide) {
    var batch = lead.batchLead() ? disputes.inBatch(lead.claimId()) : List.of(lead);
    var shares = Shares.split(amount, batch.stream()
        .map(claim -> claim.offerAmount() == null ? BigDecimal.ZERO : claim.offerAmount()).toList());
    IdrDispute leadDecided = null;
    for (int i = 0; i < batch.size(); i++) {
      var decided = decide.apply(batch.get(i), shares.get(i));
      if (decided.batchMember()) {
        workflow.batchDecided(decided);
      } else {
        leadDecided = decided;
      }
    }
    return leadDecided;
  }

  /** Facts of a batched dispute are recorded on its lead, whose process follows it for every claim. */
  private void requireNotMember(String claimId, IdrDispute dispute) {
    if (dispute != null && dispute.batchMember()) {
      throw conflict(claimId, "it is filed in the batch that claim " + claimNumber(dispute.batchLeadClaimId())
          + " leads; record the dispute's facts on that claim");
    }
  }

  private String claimNumber(String claimId) {
    return claims.findById(claimId).map(claim -> claim.claimNumber()).orElse(claimId);
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
    requireNotMember(claimId, dispute);
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
    return window.opensOn(claimId).orElse(null);
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

  static IdrDispute blank(String claimId) {
    return new IdrDispute(claimId, Status.PREPARED, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null);
  }

  private static IdrDispute with(IdrDispute d, Status status, String disputeNumber, LocalDate initiatedOn,
      String entity, LocalDate entitySelectedOn, LocalDate offersSubmittedOn, BigDecimal submittedOffer,
      BigDecimal feesPaid) {
    return new IdrDispute(d.claimId(), status, d.offerAmount(), d.offerJustification(), d.overrideReason(),
        d.preferredEntity(), disputeNumber, initiatedOn, entity, entitySelectedOn,
        offersSubmittedOn == null ? d.offersSubmittedOn() : offersSubmittedOn,
        submittedOffer == null ? d.submittedOffer() : submittedOffer, feesPaid == null ? d.feesPaid() : feesPaid,
        null, null, null, null, d.selectedBy(), d.payerObjectedOn(), d.entityFeeOwed(), d.batchLeadClaimId());
  }

  private static IdrDispute decided(IdrDispute d, Result result, BigDecimal amount, LocalDate on, String reasons) {
    return new IdrDispute(d.claimId(), Status.DECIDED, d.offerAmount(), d.offerJustification(), d.overrideReason(),
        d.preferredEntity(), d.disputeNumber(), d.initiatedOn(), d.entity(), d.entitySelectedOn(),
        d.offersSubmittedOn(), d.submittedOffer(), d.feesPaid(), result, amount, on, reasons, d.selectedBy(),
        d.payerObjectedOn(), d.entityFeeOwed(), d.batchLeadClaimId());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
