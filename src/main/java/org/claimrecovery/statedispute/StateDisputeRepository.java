package org.claimrecovery.statedispute;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores each claim's state dispute; every change names who made it. */
@Repository
class StateDisputeRepository {

  private final JdbcClient jdbc;

  StateDisputeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<StateDispute> find(String claimId) {
    return jdbc.sql("SELECT * FROM state_dispute WHERE claim_id = ?").param(claimId)
        .query(StateDispute.class).optional();
  }

  /** The dispute's row, locked for the change that follows (two facts for one dispute never interleave). */
  Optional<StateDispute> lock(String claimId) {
    return jdbc.sql("SELECT * FROM state_dispute WHERE claim_id = ? FOR UPDATE").param(claimId)
        .query(StateDispute.class).optional();
  }

  void save(StateDispute dispute, String user, Instant at) {
    var params = new MapSqlParameterSource()
        .addValue("claimId", dispute.claimId()).addValue("state", dispute.state())
        .addValue("process", dispute.process()).addValue("body", dispute.body())
        .addValue("status", dispute.status().name()).addValue("grounds", dispute.grounds())
        .addValue("ourAmount", dispute.ourAmount()).addValue("filingDeadline", dispute.filingDeadline())
        .addValue("filingDueOn", dispute.filingDueOn()).addValue("filedOn", dispute.filedOn())
        .addValue("reference", dispute.reference()).addValue("ownStep", dispute.ownStep())
        .addValue("ownStepEndsOn", dispute.ownStepEndsOn()).addValue("decisionDueOn", dispute.decisionDueOn())
        .addValue("paymentDays", dispute.paymentDays())
        .addValue("decision", dispute.decision() == null ? null : dispute.decision().name())
        .addValue("decidedAmount", dispute.decidedAmount()).addValue("decidedOn", dispute.decidedOn())
        .addValue("note", dispute.note()).addValue("user", user).addValue("at", Timestamp.from(at));
    int updated = jdbc.sql("""
        UPDATE state_dispute SET status = :status, grounds = :grounds, our_amount = :ourAmount, filed_on = :filedOn,
          reference = :reference, own_step_ends_on = :ownStepEndsOn, decision_due_on = :decisionDueOn,
          decision = :decision, decided_amount = :decidedAmount, decided_on = :decidedOn, note = :note,
          updated_by = :user, updated_at = :at
        WHERE claim_id = :claimId
        """).paramSource(params).update();
    if (updated == 0) {
      jdbc.sql("""
          INSERT INTO state_dispute (claim_id, state, process, body, status, grounds, our_amount, filing_deadline,
            filing_due_on, filed_on, reference, own_step, own_step_ends_on, decision_due_on, payment_days, decision,
            decided_amount, decided_on, note, updated_by, updated_at)
          VALUES (:claimId, :state, :process, :body, :status, :grounds, :ourAmount, :filingDeadline, :filingDueOn,
            :filedOn, :reference, :ownStep, :ownStepEndsOn, :decisionDueOn, :paymentDays, :decision, :decidedAmount,
            :decidedOn, :note, :user, :at)
          """).paramSource(params).update();
    }
  }
}
