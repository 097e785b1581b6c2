package org.claimrecovery.deadlines;

import java.util.List;
import org.claimrecovery.refusal.RequestRejected;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DeadlineController {

  private final CaseDeadlines deadlines;

  DeadlineController(CaseDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  /** Every deadline the product tracks on the case, earliest first, each with its citation and status. */
  @GetMapping("/api/claims/{id}/deadlines")
  List<Deadline> deadlines(@PathVariable String id) {
    return deadlines.listed(id).orElseThrow(() -> RequestRejected.notFound("Claim " + id));
  }
}
