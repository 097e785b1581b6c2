package org.claimrecovery.externalreview;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores each claim's external review; every change names who made it. */
@Repository
class ExternalReviewRepository {

  private final JdbcClient jdbc;

  ExternalReviewRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<ExternalReview> find(String claimId) {
    return jdbc.sql("SELECT * FROM external_review WHERE claim_id = ?").param(claimId)
        .query(ExternalReview.class).optional();
  }

  /** The review's row, locked for the change that follows (two facts for one review never interleave). */
  Optional<ExternalReview> lock(String claimId) {
    return jdbc.sql("SELECT * FROM external_review WHERE claim_id = ? FOR UPDATE").param(claimId)
        .query(ExternalReview.class).optional();
  }

  void save(ExternalReview review, String user, Instant at) {
    var params = new MapSqlParameterSource()
        .addValue("claimId", review.claimId()).addValue("status", review.status().name())
        .addValue("grounds", review.grounds()).addValue("reviewer", review.reviewer())
        .addValue("channel", review.channel() == null ? null : review.channel().name())
        .addValue("requestDueOn", review.requestDueOn()).addValue("requestedOn", review.requestedOn())
        .addValue("decisionDueOn", review.decisionDueOn())
        .addValue("decision", review.decision() == null ? null : review.decision().name())
        .addValue("decidedAmount", review.decidedAmount()).addValue("decidedOn", review.decidedOn())
        .addValue("note", review.note()).addValue("user", user).addValue("at", Timestamp.from(at));
    int updated = jdbc.sql("""
        UPDATE external_review SET status = :status, grounds = :grounds, reviewer = :reviewer, channel = :channel,
          request_due_on = :requestDueOn, requested_on = :requestedOn, decision_due_on = :decisionDueOn,
          decision = :decision, decided_amount = :decidedAmount, decided_on = :decidedOn, note = :note,
          updated_by = :user, updated_at = :at
        WHERE claim_id = :claimId
        """).paramSource(params).update();
    if (updated == 0) {
      jdbc.sql("""
          INSERT INTO external_review (claim_id, status, grounds, reviewer, channel, request_due_on, requested_on,
            decision_due_on, decision, decided_amount, decided_on, note, updated_by, updated_at)
          VALUES (:claimId, :status, :grounds, :reviewer, :channel, :requestDueOn, :requestedOn, :decisionDueOn,
            :decision, :decidedAmount, :decidedOn, :note, :user, :at)
          """).paramSource(params).update();
    }
  }
}
