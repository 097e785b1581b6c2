package org.claimrecovery.idr;

import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.refusal.RequestRejected;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/claims/{id}/dispute}: the claim's federal IDR dispute, from preparation to its result. */
@RestController
class IdrController {

  private final FederalIdr federalIdr;
  private final ClaimRepository claims;

  IdrController(FederalIdr federalIdr, ClaimRepository claims) {
    this.federalIdr = federalIdr;
    this.claims = claims;
  }

  @GetMapping("/api/claims/{id}/dispute")
  IdrDispute dispute(@PathVariable String id) {
    if (claims.findById(id).isEmpty()) {
      throw RequestRejected.notFound("Claim " + id);
    }
    return federalIdr.of(id).orElseThrow(() -> RequestRejected.notFound("Federal IDR dispute of claim " + id));
  }
}
