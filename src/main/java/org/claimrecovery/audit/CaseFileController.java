package org.claimrecovery.audit;

import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.refusal.RequestRejected;
import org.claimrecovery.web.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A case's file: as JSON for integrations, as a PDF for people. Every reading is recorded. */
@RestController
class CaseFileController {

  private final CaseFiles caseFiles;
  private final CurrentUser currentUser;
  private final CaseClock clock;

  CaseFileController(CaseFiles caseFiles, CurrentUser currentUser, CaseClock clock) {
    this.caseFiles = caseFiles;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @GetMapping(path = "/api/claims/{id}/audit.json", produces = MediaType.APPLICATION_JSON_VALUE)
  CaseFile json(@PathVariable String id) {
    return read(id, CaseFiles.Format.JSON);
  }

  @GetMapping(path = "/api/claims/{id}/audit.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String id) {
    var file = read(id, CaseFiles.Format.PDF);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("case-file-" + file.facts().claim().claimNumber().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf")
            .build().toString())
        .header("X-Case-File-Checksum", file.checksum())
        .body(CaseFilePdf.render(file, clock.zone()));
  }

  private CaseFile read(String id, CaseFiles.Format format) {
    return caseFiles.read(id, currentUser.id(), format).orElseThrow(() -> RequestRejected.notFound("Claim " + id));
  }
}
