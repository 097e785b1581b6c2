package org.claimrecovery.claims;

import java.net.URI;
import java.util.List;
import org.claimrecovery.web.CurrentUser;
import org.claimrecovery.web.RequestRejected;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/claims")
class ClaimController {

  private static final int MAX_PAGE_SIZE = 200;

  private final ClaimIntake intake;
  private final ClaimRepository claims;
  private final CurrentUser currentUser;

  ClaimController(ClaimIntake intake, ClaimRepository claims, CurrentUser currentUser) {
    this.intake = intake;
    this.claims = claims;
    this.currentUser = currentUser;
  }

  /** 201 with the new case; 200 with the existing case when the payer's claim number is known. */
  @PostMapping
  ResponseEntity<ClaimView> submit(@RequestBody(required = false) ClaimSubmission submission) {
    var result = intake.submit(submission, currentUser.id());
    var view = ClaimView.of(result.claim());
    URI location = URI.create("/api/claims/" + view.id());
    return result.created()
        ? ResponseEntity.created(location).body(view)
        : ResponseEntity.ok().location(location).body(view);
  }

  @GetMapping("/{id}")
  ClaimView get(@PathVariable String id) {
    return claims.findById(id).map(ClaimView::of).orElseThrow(() -> RequestRejected.notFound("Claim " + id));
  }

  record ClaimPage(List<ClaimView> claims, int page, int size, long total) {}

  @GetMapping
  ClaimPage find(@RequestParam(required = false) String status, @RequestParam(required = false) String stage,
      @RequestParam(required = false) String payerId, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (page < 0) {
      throw RequestRejected.invalid("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw RequestRejected.invalid("size", "must be between 1 and " + MAX_PAGE_SIZE);
    }
    var found = claims.find(parse("status", status, ClaimStatus.class), parse("stage", stage, Stage.class),
        payerId, page, size);
    return new ClaimPage(found.claims().stream().map(ClaimView::of).toList(), page, size, found.total());
  }

  @PostMapping("/{id}/initial-payment")
  ClaimView recordInitialPayment(@PathVariable String id,
      @RequestBody(required = false) PaymentDeterminationSubmission submission) {
    return ClaimView.of(intake.recordPaymentDetermination(id, submission, currentUser.id()));
  }

  private static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException unknown) {
      throw RequestRejected.invalid(field, "is not a known " + type.getSimpleName());
    }
  }
}
