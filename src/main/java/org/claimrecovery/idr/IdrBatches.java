package org.claimrecovery.idr;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.Claim.ClaimLine;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.claims.Stage;
import org.claimrecovery.deadlines.CaseEvents;
import org.claimrecovery.deadlines.Deadline;
import org.claimrecovery.idr.FederalIdr.AfterPreparation;
import org.claimrecovery.refusal.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Several claims filed as one federal IDR dispute. The lead claim names the others on its preparation; each claim
 * still prepares its own offer in its own task, and the lead files the notice only once every claim of the batch is
 * prepared. The lead's process then records the dispute's facts for all of them; each claim keeps its own dispute
 * row, deadlines, result and amount. Which claims may be batched is {@link IdrBatching}'s rule; a claim joins only
 * while its own preparation is open, eligible today, and with an initiation window that closes no earlier than the
 * lead's, so filing the batch on time files each of its claims on time.
 */
@Component
class IdrBatches {

  static final String FIELD = "batchClaimNumbers";

  private final IdrDisputeRepository disputes;
  private final ClaimRepository claims;
  private final IdrEligibility eligibility;
  private final IdrBatching batching;
  private final IdrInitiationWindow window;
  private final IdrWorkflow workflow;

  IdrBatches(IdrDisputeRepository disputes, ClaimRepository claims, IdrEligibility eligibility,
      IdrBatching batching, IdrInitiationWindow window, IdrWorkflow workflow) {
    this.disputes = disputes;
    this.claims = claims;
    this.eligibility = eligibility;
    this.batching = batching;
    this.window = window;
    this.workflow = workflow;
  }

  /** What the preparation form's field names: claim numbers of the same payer, separated by commas or lines. */
  static List<String> claimNumbers(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return List.copyOf(new LinkedHashSet<>(Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList()));
  }

  record Joining(List<FieldProblem> problems, List<Claim> claims) {}

  /** Which of the named claims may be filed with {@code lead}; each refusal names the claim and the rule. */
  Joining check(Claim lead, IdrDispute leadDispute, List<String> numbers, LocalDate today) {
    var problems = new ArrayList<FieldProblem>();
    if (numbers.isEmpty()) {
      return new Joining(problems, List.of());
    }
    if (leadDispute != null && leadDispute.batchMember()) {
      problems.add(problem("Claim " + lead.claimNumber() + " is filed in the batch that claim "
          + claimNumber(leadDispute.batchLeadClaimId()) + " leads; it cannot lead another."));
      return new Joining(problems, List.of());
    }
    var leadItem = item(lead);
    if (leadItem == null) {
      problems.add(problem("Claim " + lead.claimNumber() + " has lines under several service codes; a batch joins "
          + "the same item, so file it alone."));
      return new Joining(problems, List.of());
    }
    LocalDate leadWindowEnd = windowEnd(lead.id());
    var alike = new ArrayList<Claim>();
    for (String number : numbers) {
      var found = claims.findByPayerClaimNumber(lead.payer().id(), number);
      if (found.isEmpty()) {
        problems.add(problem("Claim " + number + " is no claim of " + lead.payer().name() + "."));
        continue;
      }
      Claim claim = found.get();
      String why = whyNot(lead, claim, leadWindowEnd, today);
      if (why != null) {
        problems.add(problem("Claim " + number + " cannot join: it " + why + "."));
      } else {
        alike.add(claim);
      }
    }
    var batch = batching.batch(leadItem, alike.stream().map(this::item).toList());
    batch.refused().forEach(refusal -> problems.add(problem(refusal.reason())));
    var joining = batch.accepted().stream().skip(1)
        .map(item -> alike.stream().filter(claim -> claim.id().equals(item.claimId())).findFirst().orElseThrow())
        .toList();
    return new Joining(problems, joining);
  }

  private String whyNot(Claim lead, Claim claim, LocalDate leadWindowEnd, LocalDate today) {
    if (claim.id().equals(lead.id())) {
      return "is the claim being prepared";
    }
    if (claim.stage() != Stage.FEDERAL_IDR) {
      return "is not in the federal IDR stage (stage " + claim.stage() + ")";
    }
    var dispute = disputes.find(claim.id());
    if (dispute.isPresent() && dispute.get().batchLeadClaimId() != null) {
      return "is already filed in the batch that claim " + claimNumber(dispute.get().batchLeadClaimId()) + " leads";
    }
    if (dispute.isPresent() && (dispute.get().prepared() || !dispute.get().open())) {
      return "is already prepared and is filed on its own";
    }
    if (item(claim) == null) {
      return "has lines under several service codes; a batch joins the same item";
    }
    var check = eligibility.check(claim.id(), today);
    if (!check.eligible()) {
      return "is not eligible for federal IDR: " + String.join("; ", check.reasonsAgainst());
    }
    LocalDate windowEnd = windowEnd(claim.id());
    if (leadWindowEnd != null && windowEnd != null && windowEnd.isBefore(leadWindowEnd)) {
      return "must be initiated by " + windowEnd + ", before the lead's window closes (" + leadWindowEnd
          + "): let it lead the batch instead (45 CFR 149.510(b)(2)(i))";
    }
    return null;
  }

  /** Records the batch: the lead names itself, each joining claim names the lead. Returns the lead's dispute. */
  IdrDispute form(IdrDispute lead, List<Claim> joining, String user, Instant at) {
    var leading = lead.withBatchLead(lead.claimId());
    disputes.save(leading, user, at);
    for (Claim claim : joining) {
      var member = disputes.lock(claim.id()).orElseGet(() -> FederalIdr.blank(claim.id()));
      disputes.save(member.withBatchLead(lead.claimId()), user, at);
    }
    return leading;
  }

  /**
   * Where a prepared claim goes next: alone, or as the lead of a fully prepared batch, it files; a lead waits for
   * the rest of its batch; a member leaves the filing to the lead, and wakes the lead when it was the last one
   * to be prepared.
   */
  AfterPreparation afterPreparation(IdrDispute prepared) {
    if (prepared.batchLeadClaimId() == null) {
      return AfterPreparation.FILE;
    }
    String lead = prepared.batchLeadClaimId();
    disputes.lock(lead); // two members prepared at once: only the later one sees the batch complete
    boolean allPrepared = disputes.inBatch(lead).stream().allMatch(IdrDispute::prepared);
    if (prepared.batchLead()) {
      return allPrepared ? AfterPreparation.FILE : AfterPreparation.AWAIT_BATCH;
    }
    if (allPrepared) {
      workflow.batchPrepared(lead);
    }
    return AfterPreparation.FILED_BY_LEAD;
  }

  /** The other claims of the batch {@code leadClaimId} leads; empty when it leads none. */
  List<IdrDispute> members(String leadClaimId) {
    return disputes.inBatch(leadClaimId).stream().filter(IdrDispute::batchMember).toList();
  }

  /** The batch's claims, the lead first; the claim alone when it is filed alone. */
  List<String> claimIds(IdrDispute dispute) {
    if (dispute.batchLeadClaimId() == null) {
      return List.of(dispute.claimId());
    }
    return disputes.inBatch(dispute.batchLeadClaimId()).stream().map(IdrDispute::claimId).toList();
  }

  /** The claim as {@link IdrBatching} compares it; null when its lines are under several service codes. */
  private IdrBatching.Item item(Claim claim) {
    LocalDate paymentReceivedOn = claims.events(claim.id()).get(CaseEvents.INITIAL_PAYMENT_OR_DENIAL_RECEIVED);
    var codes = claim.lines().stream().map(ClaimLine::serviceCode).map(String::strip).distinct().toList();
    if (codes.size() != 1 || paymentReceivedOn == null) {
      return null;
    }
    return new IdrBatching.Item(claim.id(), claim.claimNumber(), claim.provider().tin(), claim.payer().id(),
        claim.planType(), codes.get(0), claim.serviceCategory(), claim.serviceDate(), paymentReceivedOn,
        claim.lines().size());
  }

  private LocalDate windowEnd(String claimId) {
    return window.of(claimId).map(Deadline::dueOn).orElse(null);
  }

  private String claimNumber(String claimId) {
    return claims.findById(claimId).map(Claim::claimNumber).orElse(claimId);
  }

  private static FieldProblem problem(String message) {
    return new FieldProblem(FIELD, message);
  }
}
