package org.claimrecovery.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.claimrecovery.audit.CaseFile.Reading;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who read which case's file and when (table case_file_reading). */
@Repository
class CaseFileReadings {

  private final JdbcClient jdbc;

  CaseFileReadings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(String claimId, String readBy, Instant readAt, String format) {
    jdbc.sql("INSERT INTO case_file_reading (claim_id, read_by, read_at, format) VALUES (?, ?, ?, ?)")
        .params(claimId, readBy, Timestamp.from(readAt), format)
        .update();
  }

  List<Reading> of(String claimId) {
    return jdbc.sql("SELECT read_by, read_at, format FROM case_file_reading WHERE claim_id = ? ORDER BY read_at, id")
        .param(claimId)
        .query((row, n) -> new Reading(row.getString("read_by"), row.getTimestamp("read_at").toInstant(),
            row.getString("format")))
        .list();
  }
}
