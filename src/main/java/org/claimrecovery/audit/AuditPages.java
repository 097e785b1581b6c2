package org.claimrecovery.audit;

import org.claimrecovery.oversight.Pages;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The auditors' pages: the case search and one case's history (its data read from the API by the page). */
@RestController
class AuditPages {

  @GetMapping("/audit")
  ResponseEntity<String> search() {
    return Pages.page("audit");
  }

  @GetMapping("/audit/claims/{id}")
  ResponseEntity<String> history(@PathVariable String id) {
    return Pages.page("case-history");
  }
}
