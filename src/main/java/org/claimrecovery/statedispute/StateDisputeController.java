package org.claimrecovery.statedispute;

import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.refusal.RequestRejected;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/claims/{id}/state-dispute}: the claim's dispute under its state's process. */
@RestController
class StateDisputeController {

  private final StateDisputes disputes;
  private final ClaimRepository claims;

  StateDisputeController(StateDisputes disputes, ClaimRepository claims) {
    this.disputes = disputes;
    this.claims = claims;
  }

  @GetMapping("/api/claims/{id}/state-dispute")
  StateDispute stateDispute(@PathVariable String id) {
    if (claims.findById(id).isEmpty()) {
      throw RequestRejected.notFound("Claim " + id);
    }
    return disputes.of(id).orElseThrow(() -> RequestRejected.notFound("State dispute of claim " + id));
  }
}
