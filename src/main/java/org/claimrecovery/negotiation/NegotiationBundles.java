package org.claimrecovery.negotiation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.refusal.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Several open claims of one payer negotiated as one: the lead claim's negotiation carries the conversation
 * (one notice listing every claim with its own offer, one exchange of offers), each claim keeps its own
 * negotiation record, amounts and deadlines. A claim joins while its preparation is still open, so the lead
 * sends the notice only once every claim of the bundle is prepared.
 */
@Component
class NegotiationBundles {

  static final String FIELD = "bundleClaimNumbers";

  private final NegotiationRepository negotiations;
  private final ClaimRepository claims;
  private final NegotiationWorkflow workflow;
  private final CaseClock clock;

  NegotiationBundles(NegotiationRepository negotiations, ClaimRepository claims, NegotiationWorkflow workflow,
      CaseClock clock) {
    this.negotiations = negotiations;
    this.claims = claims;
    this.workflow = workflow;
    this.clock = clock;
  }

  /** What the preparation form's field names: claim numbers of the same payer, separated by commas or lines. */
  static List<String> claimNumbers(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return List.copyOf(new LinkedHashSet<>(Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList()));
  }

  record Bundling(List<FieldProblem> problems, List<Negotiation> joining) {}

  /**
   * Which claims may join {@code lead}'s negotiation: open claims of the same payer on the same pathway (before
   * a state process, under the same state's law; under the NSA, billed under the same provider TIN) whose
   * negotiation is still being prepared and belongs to no bundle.
   */
  Bundling check(Claim lead, Negotiation leadNegotiation, List<String> numbers) {
    var problems = new ArrayList<FieldProblem>();
    var joining = new ArrayList<Negotiation>();
    if (numbers.isEmpty()) {
      return new Bundling(problems, joining);
    }
    if (leadNegotiation.bundleId() != null) {
      problems.add(problem("Claim " + lead.claimNumber() + " is already negotiated in a bundle; "
          + "add the claims to that bundle's lead instead."));
      return new Bundling(problems, joining);
    }
    for (String number : numbers) {
      var found = claims.findByPayerClaimNumber(lead.payer().id(), number);
      if (found.isEmpty()) {
        problems.add(problem("Claim " + number + " is no claim of " + lead.payer().name() + "."));
        continue;
      }
      Claim claim = found.get();
      var negotiation = negotiations.findByClaim(claim.id());
      String why = claim.id().equals(lead.id()) ? "is the claim being prepared"
          : !Objects.equals(claim.pathway(), lead.pathway()) ? "is on another pathway (" + claim.pathway() + ")"
          : !Objects.equals(claim.stateLaw(), lead.stateLaw())
              ? "is under another state's law (" + claim.stateLaw() + ")"
          : lead.pathway().bundlesRequireOneProviderTin() && !lead.provider().tin().equals(claim.provider().tin())
              ? "is billed under another provider TIN (the NSA negotiates per TIN)"
          : negotiation.isEmpty() ? "is not in negotiation (its initial payment review chose otherwise or is open)"
          : negotiation.get().bundleId() != null ? "is already in a bundle"
          : negotiation.get().prepared() || negotiation.get().status() != NegotiationStatus.PREPARING
              ? "is already prepared; its notice goes out on its own"
          : null;
      if (why != null) {
        problems.add(problem("Claim " + number + " cannot join: it " + why + "."));
      } else {
        joining.add(negotiation.get());
      }
    }
    return new Bundling(problems, joining);
  }

  void form(Claim lead, Negotiation leadNegotiation, List<Negotiation> joining, String user) {
    String bundleId = UUID.randomUUID().toString();
    negotiations.insertBundle(bundleId, lead.id(), lead.payer().id(), lead.provider().tin(), user, clock.now());
    negotiations.joinBundle(leadNegotiation.id(), bundleId);
    joining.forEach(member -> negotiations.joinBundle(member.id(), bundleId));
  }

  /** The negotiations carried by one conversation with {@code negotiation}'s: its bundle (lead first), or itself. */
  List<Negotiation> together(Negotiation negotiation) {
    return negotiation.bundleId() == null ? List.of(negotiation) : negotiations.inBundle(negotiation.bundleId());
  }

  /** The claim whose process carries {@code claimId}'s conversation with the payer. */
  String leadOf(String claimId) {
    return negotiations.findByClaim(claimId).map(this::together).map(all -> all.get(0).claimId()).orElse(claimId);
  }

  /**
   * Where a prepared claim goes next: alone or as the lead of a fully prepared bundle it sends the notice; a
   * lead waits for the rest of its bundle; a member hands its negotiation to the lead (and wakes the lead when
   * it was the last one to be prepared).
   */
  AfterPreparation afterPreparation(Negotiation negotiation) {
    if (negotiation.bundleId() == null) {
      return AfterPreparation.SEND_NOTICE;
    }
    String lead = negotiations.lockBundle(negotiation.bundleId());
    boolean allPrepared = negotiations.inBundle(negotiation.bundleId()).stream().allMatch(Negotiation::prepared);
    if (lead.equals(negotiation.claimId())) {
      return allPrepared ? AfterPreparation.SEND_NOTICE : AfterPreparation.AWAIT_BUNDLED_CLAIMS;
    }
    if (allPrepared) {
      workflow.bundlePrepared(lead);
    }
    return AfterPreparation.NEGOTIATED_BY_LEAD;
  }

  /**
   * A member (not the lead) whose own deadline ended its negotiation leaves the bundle; the lead goes on
   * without it, and sends the notice at once if it waited only for this claim.
   */
  void leave(Negotiation member) {
    String lead = negotiations.lockBundle(member.bundleId());
    negotiations.leaveBundle(member.id());
    if (negotiations.inBundle(member.bundleId()).stream().allMatch(Negotiation::prepared)) {
      workflow.bundlePrepared(lead);
    }
  }

  /** The lead's negotiation ended before the notice: members still preparing go on alone. */
  void release(Negotiation member) {
    negotiations.leaveBundle(member.id());
  }

  private static FieldProblem problem(String message) {
    return new FieldProblem(FIELD, message);
  }
}
