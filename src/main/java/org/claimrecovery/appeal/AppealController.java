package org.claimrecovery.appeal;

import java.util.List;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.refusal.RequestRejected;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/claims/{id}/appeal}: the levels of the claim's internal appeal, the first first. */
@RestController
class AppealController {

  private final InternalAppeals appeals;
  private final ClaimRepository claims;

  AppealController(InternalAppeals appeals, ClaimRepository claims) {
    this.appeals = appeals;
    this.claims = claims;
  }

  @GetMapping("/api/claims/{id}/appeal")
  List<AppealLevel> appeal(@PathVariable String id) {
    if (claims.findById(id).isEmpty()) {
      throw RequestRejected.notFound("Claim " + id);
    }
    var levels = appeals.levels(id);
    if (levels.isEmpty()) {
      throw RequestRejected.notFound("Internal appeal of claim " + id);
    }
    return levels;
  }
}
