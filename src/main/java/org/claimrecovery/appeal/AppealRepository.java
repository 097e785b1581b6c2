package org.claimrecovery.appeal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the levels of each claim's internal appeal; every change names who made it. */
@Repository
class AppealRepository {

  private final JdbcClient jdbc;

  AppealRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The claim's levels, the first first. */
  List<AppealLevel> levels(String claimId) {
    return jdbc.sql("SELECT * FROM appeal_level WHERE claim_id = ? ORDER BY level").param(claimId)
        .query(AppealLevel.class).list();
  }

  /** The level's row, locked for the change that follows (two facts for one level never interleave). */
  Optional<AppealLevel> lock(String claimId, int level) {
    return jdbc.sql("SELECT * FROM appeal_level WHERE claim_id = ? AND level = ? FOR UPDATE").params(claimId, level)
        .query(AppealLevel.class).optional();
  }

  void save(AppealLevel appeal, String user, Instant at) {
    var params = new MapSqlParameterSource()
        .addValue("claimId", appeal.claimId()).addValue("level", appeal.level()).addValue("levels", appeal.levels())
        .addValue("status", appeal.status().name()).addValue("grounds", appeal.grounds())
        .addValue("evidence", appeal.evidence()).addValue("filingDueOn", appeal.filingDueOn())
        .addValue("filedOn", appeal.filedOn()).addValue("decisionDueOn", appeal.decisionDueOn())
        .addValue("decision", appeal.decision() == null ? null : appeal.decision().name())
        .addValue("decidedAmount", appeal.decidedAmount()).addValue("decidedOn", appeal.decidedOn())
        .addValue("note", appeal.note()).addValue("user", user).addValue("at", Timestamp.from(at));
    int updated = jdbc.sql("""
        UPDATE appeal_level SET levels = :levels, status = :status, grounds = :grounds, evidence = :evidence,
          filing_due_on = :filingDueOn, filed_on = :filedOn, decision_due_on = :decisionDueOn, decision = :decision,
          decided_amount = :decidedAmount, decided_on = :decidedOn, note = :note, updated_by = :user,
          updated_at = :at
        WHERE claim_id = :claimId AND level = :level
        """).paramSource(params).update();
    if (updated == 0) {
      jdbc.sql("""
          INSERT INTO appeal_level (claim_id, level, levels, status, grounds, evidence, filing_due_on, filed_on,
            decision_due_on, decision, decided_amount, decided_on, note, updated_by, updated_at)
          VALUES (:claimId, :level, :levels, :status, :grounds, :evidence, :filingDueOn, :filedOn, :decisionDueOn,
            :decision, :decidedAmount, :decidedOn, :note, :user, :at)
          """).paramSource(params).update();
    }
  }
}
