package org.claimrecovery.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimrecovery.audit.CaseHistory.ActivityRun;
import org.claimrecovery.refusal.RequestRejected;
import org.claimrecovery.web.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the audit pages read: the case search, and one case's history with its diagrams. */
@RestController
class AuditController {

  static final int MAX_PAGE_SIZE = 500;

  private final CaseSearch search;
  private final CaseFiles caseFiles;
  private final CaseHistory history;
  private final CurrentUser currentUser;

  AuditController(CaseSearch search, CaseFiles caseFiles, CaseHistory history, CurrentUser currentUser) {
    this.search = search;
    this.caseFiles = caseFiles;
    this.history = history;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/audit/cases")
  CaseSearch.Page cases(@RequestParam(required = false) String claimNumber,
      @RequestParam(required = false) String payer, @RequestParam(required = false) String status,
      @RequestParam(required = false) String stage, @RequestParam(required = false) String openedFrom,
      @RequestParam(required = false) String openedTo, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (page < 0) {
      throw RequestRejected.invalid("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw RequestRejected.invalid("size", "must be between 1 and " + MAX_PAGE_SIZE);
    }
    return search.find(new CaseSearch.Query(blank(claimNumber), blank(payer), blank(status), blank(stage),
        day("openedFrom", openedFrom), day("openedTo", openedTo)), page, size);
  }

  /**
   * A process's diagram with the path the case took.
   *
   * @param svg the diagram drawn by the service (no script), the activities run and the flows between them marked
   */
  record Diagram(String processInstanceId, String definitionKey, String name, String state, String svg) {}

  record History(CaseFile file, List<Diagram> diagrams) {}

  /** One case's history for the page: its file (this reading recorded) and each process's diagram with its path. */
  @GetMapping("/api/claims/{id}/history")
  History history(@PathVariable String id) {
    var file = caseFiles.read(id, currentUser.id(), CaseFiles.Format.PAGE)
        .orElseThrow(() -> RequestRejected.notFound("Claim " + id));
    var diagrams = file.facts().processes().stream().map(process -> {
      Set<String> ran = new HashSet<>();
      Set<String> active = new HashSet<>();
      for (ActivityRun activity : process.activities()) {
        (activity.endedAt() == null ? active : ran).add(activity.activityId());
      }
      return new Diagram(process.id(), process.definitionKey(), process.definitionName(), process.state(),
          history.diagram(process.definitionId(), ran, active));
    }).toList();
    return new History(file, diagrams);
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static LocalDate day(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException notADay) {
      throw RequestRejected.invalid(field, "must be a date like 2026-06-30");
    }
  }
}
