package org.claimrecovery.oversight;

import org.claimrecovery.web.CurrentUser;
import org.claimrecovery.web.ProductApiAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OutcomeReportController {

  private final OutcomeReport outcomes;
  private final CurrentUser currentUser;
  private final ProductApiAccess access;

  OutcomeReportController(OutcomeReport outcomes, CurrentUser currentUser, ProductApiAccess access) {
    this.outcomes = outcomes;
    this.currentUser = currentUser;
    this.access = access;
  }

  /** Recovered amounts, win rate and time to resolution by payer, pathway, mechanism and month (recorded only). */
  @GetMapping("/api/reports/outcomes")
  OutcomeReport.Report outcomes() {
    // also checked here, not only by the path the request came by
    currentUser.requireAnyGroup(access.outcomeReaderGroups());
    return outcomes.report();
  }
}
