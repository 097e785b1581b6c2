package org.claimrecovery.remittance;

import java.net.URI;
import java.util.List;
import org.claimrecovery.refusal.RequestRejected;
import org.claimrecovery.web.CurrentUser;
import org.claimrecovery.web.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Remittances (X12 835) in, import reports out. Who may do which is decided for all of /api (web/ProductApiAccess). */
@RestController
@RequestMapping("/api/remittances")
class RemittanceController {

  private static final int MAX_PAGE_SIZE = 200;
  /** Claims listed with a report; the rest are paged with {@code claimsAfter}. */
  private static final int MAX_CLAIMS = 1000;

  private final RemittanceImport remittanceImport;
  private final RemittanceRepository remittances;
  private final CurrentUser currentUser;

  RemittanceController(RemittanceImport remittanceImport, RemittanceRepository remittances, CurrentUser currentUser) {
    this.remittanceImport = remittanceImport;
    this.remittances = remittances;
    this.currentUser = currentUser;
  }

  /** A report and its claims: each claim with what happened to it and why. */
  record ReportView(RemittanceReport report, List<ReportLine> claims, Integer nextClaimsAfter) {}

  /**
   * 201 with the report of a new import; 200 with the first report when the same file was imported before (nothing
   * changes); 400 or 422 with every problem and where it is when the file is not a valid 835 (nothing is stored).
   */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ReportView> upload(@RequestParam(name = "file", required = false) MultipartFile file) {
    if (file == null || file.isEmpty()) {
      throw RequestRejected.invalid("file", "upload one X12 835 file as the part 'file'");
    }
    String user = currentUser.id();
    var result = remittanceImport.importFile(file::getInputStream, file.getOriginalFilename(), user);
    var view = view(result.report().id(), 0, MAX_CLAIMS);
    URI location = URI.create("/api/remittances/" + result.report().id());
    return result.imported() ? ResponseEntity.created(location).body(view)
        : ResponseEntity.ok().location(location).body(view);
  }

  record ReportPage(List<RemittanceReport> remittances, int page, int size, long total) {}

  @GetMapping
  ReportPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    if (page < 0) {
      throw RequestRejected.invalid("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw RequestRejected.invalid("size", "must be between 1 and " + MAX_PAGE_SIZE);
    }
    return new ReportPage(remittances.list(page, size), page, size, remittances.count());
  }

  /** The report with its claims in file order, {@code claimsSize} at a time after the claim {@code claimsAfter}. */
  @GetMapping("/{id}")
  ReportView get(@PathVariable String id, @RequestParam(defaultValue = "0") int claimsAfter,
      @RequestParam(defaultValue = "1000") int claimsSize) {
    if (claimsSize < 1 || claimsSize > MAX_CLAIMS) {
      throw RequestRejected.invalid("claimsSize", "must be between 1 and " + MAX_CLAIMS);
    }
    return view(id, Math.max(claimsAfter, 0), claimsSize);
  }

  private ReportView view(String id, int after, int size) {
    var report = remittances.find(id).orElseThrow(() -> RequestRejected.notFound("Remittance " + id));
    var lines = remittances.lines(id, after, size + 1);
    boolean more = lines.size() > size;
    var shown = more ? lines.subList(0, size) : lines;
    return new ReportView(report, shown, more ? shown.get(shown.size() - 1).seq() : null);
  }

  /** A refused file: the problem with each place in the file that is wrong (segment number, segment id, element). */
  @ExceptionHandler(RemittanceRefused.class)
  ResponseEntity<ProblemDetail> refused(RemittanceRefused refused) {
    ProblemDetail problem = Problems.of(refused);
    problem.setProperty("errors", refused.problems());
    return ResponseEntity.status(Problems.status(refused)).body(problem);
  }
}
