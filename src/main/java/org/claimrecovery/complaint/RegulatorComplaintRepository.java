package org.claimrecovery.complaint;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores each claim's regulator complaints; every change names who made it. */
@Repository
class RegulatorComplaintRepository {

  private final JdbcClient jdbc;

  RegulatorComplaintRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The claim's latest complaint. */
  Optional<RegulatorComplaint> find(String claimId) {
    return jdbc.sql("SELECT * FROM regulator_complaint WHERE claim_id = ? ORDER BY number DESC LIMIT 1")
        .param(claimId).query(RegulatorComplaint.class).optional();
  }

  /**
   * The claim's latest complaint, its row locked for the change that follows (two facts for one complaint never
   * interleave). The claim's row is locked first, so that two complaints never open at once either.
   */
  Optional<RegulatorComplaint> lock(String claimId) {
    jdbc.sql("SELECT id FROM claim WHERE id = ? FOR UPDATE").param(claimId).query(String.class).optional();
    return jdbc.sql("SELECT * FROM regulator_complaint WHERE claim_id = ? ORDER BY number DESC LIMIT 1")
        .param(claimId).query(RegulatorComplaint.class).optional();
  }

  void save(RegulatorComplaint complaint, String user, Instant at) {
    var params = new MapSqlParameterSource()
        .addValue("claimId", complaint.claimId()).addValue("number", complaint.number())
        .addValue("regulatorId", complaint.regulatorId())
        .addValue("regulator", complaint.regulator()).addValue("openedOn", complaint.openedOn())
        .addValue("cause", complaint.cause().name()).addValue("status", complaint.status().name())
        .addValue("grounds", complaint.grounds()).addValue("filedOn", complaint.filedOn())
        .addValue("reference", complaint.reference()).addValue("responseDays", complaint.responseDays())
        .addValue("responseDueOn", complaint.responseDueOn()).addValue("followUps", complaint.followUps())
        .addValue("lastFollowUpOn", complaint.lastFollowUpOn())
        .addValue("result", complaint.result() == null ? null : complaint.result().name())
        .addValue("amountOwed", complaint.amountOwed()).addValue("resolvedOn", complaint.resolvedOn())
        .addValue("note", complaint.note()).addValue("user", user).addValue("at", Timestamp.from(at));
    int updated = jdbc.sql("""
        UPDATE regulator_complaint SET status = :status, grounds = :grounds, filed_on = :filedOn,
          reference = :reference, response_due_on = :responseDueOn, follow_ups = :followUps,
          last_follow_up_on = :lastFollowUpOn, result = :result, amount_owed = :amountOwed,
          resolved_on = :resolvedOn, note = :note, updated_by = :user, updated_at = :at
        WHERE claim_id = :claimId AND number = :number
        """).paramSource(params).update();
    if (updated == 0) {
      jdbc.sql("""
          INSERT INTO regulator_complaint (claim_id, number, regulator_id, regulator, opened_on, cause, status, grounds,
            filed_on, reference, response_days, response_due_on, follow_ups, last_follow_up_on, result, amount_owed,
            resolved_on, note, updated_by, updated_at)
          VALUES (:claimId, :number, :regulatorId, :regulator, :openedOn, :cause, :status, :grounds, :filedOn, :reference,
            :responseDays, :responseDueOn, :followUps, :lastFollowUpOn, :result, :amountOwed, :resolvedOn, :note,
            :user, :at)
          """).paramSource(params).update();
    }
  }
}
