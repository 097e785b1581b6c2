package org.claimrecovery.correspondence;

import java.util.List;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.refusal.RequestRejected;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The correspondence of a claim: readable by every product user (the API filter authenticates). */
@RestController
@RequestMapping("/api/claims/{claimId}/correspondence")
class CorrespondenceController {

  private final Correspondence correspondence;
  private final CorrespondenceRepository ledger;
  private final ClaimRepository claims;

  CorrespondenceController(Correspondence correspondence, CorrespondenceRepository ledger, ClaimRepository claims) {
    this.correspondence = correspondence;
    this.ledger = ledger;
    this.claims = claims;
  }

  /** Every exchange, oldest first, with its timestamps, hash and delivery status. */
  @GetMapping
  List<CorrespondenceEntry> list(@PathVariable String claimId) {
    requireClaim(claimId);
    return correspondence.ofClaim(claimId);
  }

  @GetMapping("/{correspondenceId}/document")
  ResponseEntity<byte[]> document(@PathVariable String claimId, @PathVariable String correspondenceId) {
    requireClaim(claimId);
    var document = ledger.document(claimId, correspondenceId)
        .orElseThrow(() -> RequestRejected.notFound("Document of correspondence " + correspondenceId));
    String name = document.name() == null ? correspondenceId + ".pdf" : document.name();
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
        .body(document.content());
  }

  private void requireClaim(String claimId) {
    if (claims.findById(claimId).isEmpty()) {
      throw RequestRejected.notFound("Claim " + claimId);
    }
  }
}
