package org.claimrecovery.negotiation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.refusal.RequestRejected;
import org.claimrecovery.settlement.ExpectedPayment;
import org.claimrecovery.settlement.Settlements;
import org.claimrecovery.web.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/claims/{id}")
class NegotiationController {

  private final Negotiations negotiations;
  private final Settlements settlements;
  private final PayerResponses payerResponses;
  private final ClaimRepository claims;
  private final CurrentUser currentUser;
  private final CaseClock clock;

  NegotiationController(Negotiations negotiations, Settlements settlements, PayerResponses payerResponses,
      ClaimRepository claims, CurrentUser currentUser, CaseClock clock) {
    this.negotiations = negotiations;
    this.settlements = settlements;
    this.payerResponses = payerResponses;
    this.claims = claims;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** @param amountsByClaim for a bundle: the payer's amount per claim id (optional; else amount is split) */
  record PayerResponseSubmission(String responseType, BigDecimal amount, LocalDate receivedOn, String note,
      Map<String, BigDecimal> amountsByClaim) {}

  record NegotiationView(String claimId, NegotiationStatus status, BigDecimal targetAmount,
      List<JustificationGround> justificationGrounds, String justification, String channel, LocalDate openedOn,
      List<Negotiation.Round> rounds, BigDecimal agreedAmount, LocalDate settledOn, BigDecimal paidAmount,
      BigDecimal recoveredAmount, String outcomeReason, Bundle bundle) {}

  /** The claims negotiated together with this one, lead first; null when it negotiates alone. */
  record Bundle(String leadClaimId, List<BundledClaim> claims) {}

  record BundledClaim(String claimId, NegotiationStatus status, BigDecimal targetAmount, BigDecimal agreedAmount) {}

  @GetMapping("/negotiation")
  NegotiationView get(@PathVariable String id) {
    requireClaim(id);
    var negotiation = negotiations.of(id).orElseThrow(() -> RequestRejected.notFound("Negotiation of claim " + id));
    return new NegotiationView(id, negotiation.status(), negotiation.targetAmount(),
        negotiation.justificationGrounds(), negotiation.justification(), negotiation.channel(), negotiation.openedOn(),
        negotiation.rounds(), negotiation.agreedAmount(), negotiation.settledOn(), settlements.totalPaid(id),
        settlements.of(id).map(ExpectedPayment::recoveredAmount).orElse(null), negotiation.outcomeReason(),
        bundle(id));
  }

  private Bundle bundle(String claimId) {
    var bundle = negotiations.bundleOf(claimId);
    return bundle.isEmpty() ? null : new Bundle(bundle.get(0).claimId(), bundle.stream()
        .map(member -> new BundledClaim(member.claimId(), member.status(), member.targetAmount(),
            member.agreedAmount())).toList());
  }

  @PostMapping("/payer-responses")
  NegotiationView payerResponse(@PathVariable String id,
      @RequestBody(required = false) PayerResponseSubmission submission) {
    requireClaim(id);
    if (submission == null) {
      throw RequestRejected.invalid("responseType", "is required");
    }
    var problems = payerResponses.problems(id, submission.responseType(), submission.amount(),
        submission.receivedOn(), submission.note(), submission.amountsByClaim());
    if (!problems.isEmpty()) {
      throw RequestRejected.invalid(problems);
    }
    payerResponses.payerResponded(id,
        new PayerResponse(PayerResponse.Type.valueOf(submission.responseType()), submission.amount(),
            submission.receivedOn(), submission.note(), submission.amountsByClaim()), currentUser.id());
    return get(id);
  }

  private void requireClaim(String id) {
    if (claims.findById(id).isEmpty()) {
      throw RequestRejected.notFound("Claim " + id);
    }
  }
}
