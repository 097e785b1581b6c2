package org.claimrecovery.complaint;

import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.refusal.RequestRejected;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/claims/{id}/complaint}: the claim's complaint to the regulator of its plan. */
@RestController
class ComplaintController {

  private final RegulatorComplaints complaints;
  private final ClaimRepository claims;

  ComplaintController(RegulatorComplaints complaints, ClaimRepository claims) {
    this.complaints = complaints;
    this.claims = claims;
  }

  @GetMapping("/api/claims/{id}/complaint")
  RegulatorComplaint complaint(@PathVariable String id) {
    if (claims.findById(id).isEmpty()) {
      throw RequestRejected.notFound("Claim " + id);
    }
    return complaints.of(id).orElseThrow(() -> RequestRejected.notFound("Regulator complaint of claim " + id));
  }
}
