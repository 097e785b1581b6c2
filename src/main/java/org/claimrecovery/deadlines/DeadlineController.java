package org.claimrecovery.deadlines;

import java.util.List;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.web.RequestRejected;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DeadlineController {

  private final ClaimRepository claims;
  private final CaseDeadlines deadlines;

  DeadlineController(ClaimRepository claims, CaseDeadlines deadlines) {
    this.claims = claims;
    this.deadlines = deadlines;
  }

  @GetMapping("/api/claims/{id}/deadlines")
  List<Deadline> deadlines(@PathVariable String id) {
    var claim = claims.findById(id).orElseThrow(() -> RequestRejected.notFound("Claim " + id));
    return deadlines.of(claim);
  }
}
