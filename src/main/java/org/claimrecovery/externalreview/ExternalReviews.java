package org.claimrecovery.externalreview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.claims.Stage;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.correspondence.Channel;
import org.claimrecovery.deadlines.CaseDeadlines;
import org.claimrecovery.deadlines.CaseEvents;
import org.claimrecovery.deadlines.Deadline;
import org.claimrecovery.externalreview.ExternalReview.AfterUpheld;
import org.claimrecovery.externalreview.ExternalReview.Decision;
import org.claimrecovery.externalreview.ExternalReview.Status;
import org.claimrecovery.negotiation.NegotiationRules;
import org.claimrecovery.refusal.RequestRejected;
import org.claimrecovery.settlement.PaymentSource;
import org.claimrecovery.settlement.Settlements;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A claim's external review: prepared, requested of the reviewer staff named, decided by it, or its request window
 * missed. Staff in Tasklist and integrations through {@code POST /api/claims/{id}/events} record the same facts here;
 * each is checked against the review's state (409 otherwise) and dates the case events the deadlines count from:
 * EXTERNAL_REVIEW_REQUESTED (meets EXTERNAL_REVIEW_REQUEST, starts EXTERNAL_REVIEW_DECISION) and
 * EXTERNAL_REVIEW_DECIDED.
 */
@Service
public class ExternalReviews {

  /** How a request package can reach a reviewer: on paper, or through the reviewer's own portal. */
  static final Set<Channel> REQUEST_CHANNELS = EnumSet.of(Channel.MAIL, Channel.REVIEW_PORTAL);

  private final ExternalReviewRepository reviews;
  private final ClaimRepository claims;
  private final CaseDeadlines deadlines;
  private final Settlements settlements;
  private final NegotiationRules negotiationRules;
  private final CaseClock clock;

  ExternalReviews(ExternalReviewRepository reviews, ClaimRepository claims, CaseDeadlines deadlines,
      Settlements settlements, NegotiationRules negotiationRules, CaseClock clock) {
    this.reviews = reviews;
    this.claims = claims;
    this.deadlines = deadlines;
    this.settlements = settlements;
    this.negotiationRules = negotiationRules;
    this.clock = clock;
  }

  public Optional<ExternalReview> of(String claimId) {
    return reviews.find(claimId);
  }

  /** The review of a claim whose process runs it. */
  public ExternalReview current(String claimId) {
    return reviews.find(claimId).orElseThrow(() -> new IllegalStateException("claim " + claimId
        + " has no external review"));
  }

  /**
   * Opens the review with its request deadline, EXTERNAL_REVIEW_REQUEST; opening it again returns it.
   *
   * @throws IllegalStateException when no rule in force gives the case that deadline
   */
  @Transactional
  public ExternalReview open(String claimId, String user) {
    claim(claimId);
    var existing = reviews.lock(claimId);
    if (existing.isPresent()) {
      return existing.get();
    }
    LocalDate requestDueOn = deadlines.find(claimId, "EXTERNAL_REVIEW_REQUEST").map(Deadline::dueOn)
        .orElseThrow(() -> new IllegalStateException("claim " + claimId
            + " has no EXTERNAL_REVIEW_REQUEST deadline under the rules in force"));
    claims.moveTo(claimId, Stage.EXTERNAL_REVIEW);
    var opened = new ExternalReview(claimId, Status.PREPARING, null, null, null, requestDueOn, null, null, null,
        null, null, null);
    return save(opened, user);
  }

  /** Our grounds and the reviewer named, with how the package reaches it; refused without grounds or reviewer. */
  @Transactional
  public ExternalReview prepared(String claimId, String grounds, String reviewer, Channel channel, String user) {
    if (grounds == null || grounds.isBlank()) {
      throw RequestRejected.invalid("externalReviewGrounds", "Say why the final internal adverse determination is "
          + "wrong: the reviewer decides on the grounds and the documents (45 CFR 147.136(d)).");
    }
    if (reviewer == null || reviewer.isBlank()) {
      throw RequestRejected.invalid("externalReviewer", "Name the independent review organization or the state "
          + "office, with the address or portal the request goes to (the plan's final determination names it).");
    }
    if (channel == null || !REQUEST_CHANNELS.contains(channel)) {
      throw RequestRejected.invalid("externalReviewChannel", "must be MAIL or REVIEW_PORTAL");
    }
    var review = require(claimId, "prepare it", Status.PREPARING);
    return save(new ExternalReview(claimId, Status.PREPARING, grounds.strip(), reviewer.strip(), channel,
        review.requestDueOn(), null, null, null, null, null, null), user);
  }

  /**
   * The review was requested on {@code on} (the package's dispatch date, or as an integration reports it): the
   * reviewer's decision is due by EXTERNAL_REVIEW_DECISION, fixed now.
   */
  @Transactional
  public ExternalReview requested(String claimId, LocalDate on, String user) {
    var review = require(claimId, "record the request", Status.PREPARING);
    if (on.isAfter(clock.today())) {
      throw RequestRejected.invalid("on", "is in the future");
    }
    claims.recordEvent(claimId, CaseEvents.EXTERNAL_REVIEW_REQUESTED, on, user, clock.now());
    LocalDate decisionDueOn = deadlines.find(claimId, "EXTERNAL_REVIEW_DECISION").map(Deadline::dueOn).orElse(null);
    return save(new ExternalReview(claimId, Status.REQUESTED, review.grounds(), review.reviewer(), review.channel(),
        review.requestDueOn(), on, decisionDueOn, null, null, null, null), user);
  }

  /** The reviewer's decision. Overturned: the payer owes the amount, watched by the payment watch. */
  @Transactional
  public ExternalReview decided(String claimId, Decision decision, BigDecimal amount, LocalDate on, String user) {
    if (decision == null) {
      throw RequestRejected.invalid("decision", "must be OVERTURNED or UPHELD");
    }
    if (decision == Decision.OVERTURNED && (amount == null || amount.signum() <= 0)) {
      throw RequestRejected.invalid("amount", "give the amount the payer owes after the reversal, above zero");
    }
    var review = require(claimId, "record a decision", Status.REQUESTED);
    if (on.isBefore(review.requestedOn())) {
      throw RequestRejected.invalid("on", "is before the review was requested (" + review.requestedOn() + ")");
    }
    claims.recordEvent(claimId, CaseEvents.EXTERNAL_REVIEW_DECIDED, on, user, clock.now());
    var decided = save(new ExternalReview(claimId, Status.DECIDED, review.grounds(), review.reviewer(),
        review.channel(), review.requestDueOn(), review.requestedOn(), review.decisionDueOn(), decision,
        decision == Decision.OVERTURNED ? amount : null, on, null), user);
    if (decision == Decision.OVERTURNED) {
      settlements.expect(claimId, PaymentSource.EXTERNAL_REVIEW_DECISION, amount, on,
          on.plusDays(negotiationRules.paymentDeadline().calendarDays()), negotiationRules.paymentDeadline().citation());
    }
    return decided;
  }

  /**
   * A supervisor's choice after an upheld review: the case closes as EXTERNAL_REVIEW_LOST, or goes to a complaint to
   * the regulator of the plan, which moves it to its own stage.
   */
  @Transactional
  public ExternalReview afterUpheld(String claimId, AfterUpheld choice, String note, String user) {
    if (choice == null) {
      throw RequestRejected.invalid("afterUpheldChoice", "must be CLOSE or COMPLAINT");
    }
    var review = require(claimId, "decide what follows", Status.DECIDED);
    if (review.decision() != Decision.UPHELD) {
      throw conflict(claimId, "cannot decide what follows an upheld review: the reviewer overturned the determination");
    }
    String written = note == null || note.isBlank() ? "" : ": " + note.strip();
    if (choice == AfterUpheld.CLOSE) {
      claims.close(claimId, "EXTERNAL_REVIEW_LOST", clock.now());
      return save(review.with(Status.DECIDED, "Closed as lost by " + user + written), user);
    }
    return save(review.with(Status.DECIDED, "Complaint to the state regulator chosen by " + user + written), user);
  }

  /** The request window closed with nothing requested; who held the work stays on the record, and the case closes. */
  @Transactional
  public ExternalReview requestMissed(String claimId, String heldBy, String user) {
    var review = require(claimId, "record the missed request", Status.PREPARING);
    var missed = save(review.with(Status.MISSED, "Not requested by " + review.requestDueOn() + " (held by "
        + (heldBy == null ? "nobody" : heldBy) + ")"), user);
    claims.close(claimId, "EXTERNAL_REVIEW_MISSED", clock.now());
    return missed;
  }

  private ExternalReview require(String claimId, String what, Status expected) {
    claim(claimId);
    var review = reviews.lock(claimId).orElseThrow(() -> conflict(claimId,
        "cannot " + what + ": the claim has no external review"));
    if (review.status() != expected) {
      throw conflict(claimId, "cannot " + what + ": the external review is " + review.status().name().toLowerCase());
    }
    return review;
  }

  private Claim claim(String claimId) {
    return claims.findById(claimId).orElseThrow(() -> RequestRejected.notFound("Claim " + claimId));
  }

  private ExternalReview save(ExternalReview review, String user) {
    reviews.save(review, user, clock.now());
    return review;
  }

  private static RequestRejected conflict(String claimId, String why) {
    return RequestRejected.conflict("Conflict", "claim " + claimId + ": " + why);
  }
}
