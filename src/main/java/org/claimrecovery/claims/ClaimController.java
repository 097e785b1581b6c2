package org.claimrecovery.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.claimrecovery.refusal.RequestRejected;
import org.claimrecovery.web.CurrentUser;
import org.claimrecovery.web.Problems;
import org.springframework.http.ProblemDetail;
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
  /** Claims in one batch: enough to spare integrations most of the per-request cost, small enough to answer. */
  static final int MAX_BATCH = 500;

  private final ClaimIntake intake;
  private final ClaimRepository claims;
  private final CurrentUser currentUser;
  private final ObjectMapper json;
  /** One per dispute mechanism; a case ends in at most one of them. */
  private final List<DisputeOutcomes> disputeOutcomes;

  ClaimController(ClaimIntake intake, ClaimRepository claims, CurrentUser currentUser, ObjectMapper json,
      List<DisputeOutcomes> disputeOutcomes) {
    this.intake = intake;
    this.claims = claims;
    this.currentUser = currentUser;
    this.json = json;
    this.disputeOutcomes = disputeOutcomes;
  }

  /**
   * One claim: 201 with the new case, 200 with the existing case when the payer's claim number is known. Or a
   * list of claims (a batch, for integrations that send many): each is validated and stored in its own
   * transaction and answered on its own, so one bad claim costs no other; 200 with one result per claim, in
   * the list's order.
   */
  @PostMapping
  ResponseEntity<?> submit(@RequestBody(required = false) JsonNode body) {
    if (body != null && body.isArray()) {
      return ResponseEntity.ok(batch(body));
    }
    var result = intake.submit(submission(body, ""), currentUser.id());
    var view = ClaimView.of(result.claim());
    URI location = location(view);
    return result.created()
        ? ResponseEntity.created(location).body(view)
        : ResponseEntity.ok().location(location).body(view);
  }

  /** What became of one claim of a batch: its status and case, or its status and problem. */
  record BatchResult(int index, int status, URI location, ClaimView claim, ProblemDetail problem) {}

  record BatchResults(List<BatchResult> results) {}

  private BatchResults batch(JsonNode claimsToOpen) {
    if (claimsToOpen.isEmpty() || claimsToOpen.size() > MAX_BATCH) {
      throw RequestRejected.invalid("body", "a batch holds 1 to " + MAX_BATCH + " claims");
    }
    String user = currentUser.id();
    var results = new ArrayList<BatchResult>();
    for (int index = 0; index < claimsToOpen.size(); index++) {
      try {
        var result = intake.submit(submission(claimsToOpen.get(index), "[" + index + "]"), user);
        var view = ClaimView.of(result.claim());
        results.add(new BatchResult(index, result.created() ? 201 : 200, location(view), view, null));
      } catch (RequestRejected rejected) {
        results.add(new BatchResult(index, rejected.refusal().status(), null, null, Problems.of(rejected)));
      }
    }
    return new BatchResults(results);
  }

  private ClaimSubmission submission(JsonNode node, String at) {
    if (node == null || node.isNull()) {
      return null;
    }
    try {
      return json.treeToValue(node, ClaimSubmission.class);
    } catch (JsonMappingException unmappable) {
      throw Problems.unmappable(unmappable, at);
    } catch (JsonProcessingException unreadable) {
      throw RequestRejected.invalid(at.isEmpty() ? "body" : at, "is not a claim");
    }
  }

  private static URI location(ClaimView view) {
    return URI.create("/api/claims/" + view.id());
  }

  @GetMapping("/{id}")
  ClaimView get(@PathVariable String id) {
    return claims.findById(id).map(claim -> ClaimView.of(claim, disputeOutcomes.stream()
        .flatMap(outcomes -> outcomes.of(id).stream()).findFirst().orElse(null)))
        .orElseThrow(() -> RequestRejected.notFound("Claim " + id));
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
