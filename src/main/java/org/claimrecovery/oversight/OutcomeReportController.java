package org.claimrecovery.oversight;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OutcomeReportController {

  private final OutcomeReport outcomes;

  OutcomeReportController(OutcomeReport outcomes) {
    this.outcomes = outcomes;
  }

  /** Recovered amounts, win rate and time to resolution by payer, pathway, mechanism and month (recorded only). */
  @GetMapping("/api/reports/outcomes")
  OutcomeReport.Report outcomes() {
    return outcomes.report();
  }
}
