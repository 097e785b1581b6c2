package org.claimrecovery.remittance;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The imported remittances, each claim's line of the report, and the claim payments applied. */
@Repository
class RemittanceRepository {

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  RemittanceRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** @throws org.springframework.dao.DuplicateKeyException when a file of this content was imported (or is being) */
  void insert(String id, String sha256, String fileName, String user, Instant at) {
    jdbc.sql("""
        INSERT INTO remittance (id, file_sha256, file_name, status, transactions, claims_read, cases_opened,
            payments_correlated, skipped, imported_by, started_at, heartbeat_at)
        VALUES (?, ?, ?, 'IMPORTING', 0, 0, 0, 0, 0, ?, ?, ?)""")
        .params(id, sha256, fileName, user, Timestamp.from(at), Timestamp.from(at)).update();
  }

  Optional<String> idOfFile(String sha256) {
    return jdbc.sql("SELECT id FROM remittance WHERE file_sha256 = ?").param(sha256).query(String.class).optional();
  }

  /** Takes over an import whose heartbeat stopped before {@code staleBefore}; false when another node holds it. */
  boolean takeOver(String id, Instant staleBefore, Instant now) {
    return jdbc.sql("""
        UPDATE remittance SET heartbeat_at = ? WHERE id = ? AND status = 'IMPORTING' AND heartbeat_at < ?""")
        .params(Timestamp.from(now), id, Timestamp.from(staleBefore)).update() == 1;
  }

  void heartbeat(String id, Instant now) {
    jdbc.sql("UPDATE remittance SET heartbeat_at = ? WHERE id = ?").params(Timestamp.from(now), id).update();
  }

  void finish(String id, int transactions, Instant at) {
    jdbc.sql("""
        UPDATE remittance SET status = 'DONE', transactions = ?, finished_at = ?, heartbeat_at = ?,
            claims_read = (SELECT COUNT(*) FROM remittance_claim WHERE remittance_id = ?),
            cases_opened = (SELECT COUNT(*) FROM remittance_claim WHERE remittance_id = ? AND outcome = 'CASE_OPENED'),
            payments_correlated = (SELECT COUNT(*) FROM remittance_claim WHERE remittance_id = ?
                AND outcome IN ('INITIAL_PAYMENT_RECORDED', 'SETTLEMENT_PAYMENT_RECORDED')),
            skipped = (SELECT COUNT(*) FROM remittance_claim WHERE remittance_id = ?
                AND outcome NOT IN ('CASE_OPENED', 'INITIAL_PAYMENT_RECORDED', 'SETTLEMENT_PAYMENT_RECORDED'))
        WHERE id = ?""")
        .params(transactions, Timestamp.from(at), Timestamp.from(at), id, id, id, id, id).update();
  }

  /** The last claim of the file whose line is in the report: a resumed import goes on after it. */
  int lastSeq(String remittanceId) {
    Integer last = jdbc.sql("SELECT MAX(seq) FROM remittance_claim WHERE remittance_id = ?").param(remittanceId)
        .query(Integer.class).single();
    return last == null ? 0 : last;
  }

  /** @throws org.springframework.dao.DuplicateKeyException when the payment was applied before */
  void insertPayment(PaymentKey key, String remittanceId, String claimId) {
    jdbc.sql("""
        INSERT INTO remittance_claim_payment (payer_id, claim_number, trace_number, remittance_id, claim_id)
        VALUES (?, ?, ?, ?, ?)""").params(key.payerId(), key.claimNumber(), key.traceNumber(), remittanceId, claimId)
        .update();
  }

  void linkPayment(PaymentKey key, String claimId) {
    jdbc.sql("""
        UPDATE remittance_claim_payment SET claim_id = ? WHERE payer_id = ? AND claim_number = ? AND trace_number = ?""")
        .params(claimId, key.payerId(), key.claimNumber(), key.traceNumber()).update();
  }

  /** Of {@code keys}, those applied already. */
  Set<PaymentKey> applied(Collection<PaymentKey> keys) {
    if (keys.isEmpty()) {
      return Set.of();
    }
    var found = new HashSet<PaymentKey>();
    // one query per payer and trace: a file's claims share both
    keys.stream().map(key -> List.of(key.payerId(), key.traceNumber())).distinct().forEach(payerAndTrace -> {
      var numbers = keys.stream().filter(key -> key.payerId().equals(payerAndTrace.get(0))
          && key.traceNumber().equals(payerAndTrace.get(1))).map(PaymentKey::claimNumber).toList();
      String in = String.join(", ", numbers.stream().map(number -> "?").toList());
      var params = new java.util.ArrayList<Object>(payerAndTrace);
      params.addAll(numbers);
      jdbc.sql("SELECT claim_number FROM remittance_claim_payment WHERE payer_id = ? AND trace_number = ? "
              + "AND claim_number IN (" + in + ")").params(params).query(String.class).list()
          .forEach(number -> found.add(new PaymentKey(payerAndTrace.get(0), number, payerAndTrace.get(1))));
    });
    return found;
  }

  /** Payments applied in one batch: the fast way for claims that change nothing but the record. */
  void insertPayments(List<PaymentKey> keys, String remittanceId) {
    template.batchUpdate("""
        INSERT INTO remittance_claim_payment (payer_id, claim_number, trace_number, remittance_id)
        VALUES (?, ?, ?, ?)""", keys, keys.size(), (PreparedStatement statement, PaymentKey key) -> {
          statement.setString(1, key.payerId());
          statement.setString(2, key.claimNumber());
          statement.setString(3, key.traceNumber());
          statement.setString(4, remittanceId);
        });
  }

  void insertLines(List<ReportLine> lines) {
    template.batchUpdate("""
        INSERT INTO remittance_claim (remittance_id, seq, segment_number, payer_id, claim_number,
            payer_claim_control_number, status_code, billed_amount, paid_amount, payment_date, trace_number,
            nsa_remark_codes, outcome, reason, claim_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", lines, lines.size(),
        (PreparedStatement statement, ReportLine line) -> {
          statement.setString(1, line.remittanceId());
          statement.setInt(2, line.seq());
          statement.setInt(3, line.segmentNumber());
          statement.setString(4, line.payerId());
          statement.setString(5, line.claimNumber());
          statement.setString(6, line.payerClaimControlNumber());
          statement.setString(7, line.statusCode());
          statement.setBigDecimal(8, line.billedAmount());
          statement.setBigDecimal(9, line.paidAmount());
          statement.setObject(10, line.paymentDate(), Types.DATE);
          statement.setString(11, line.traceNumber());
          statement.setString(12, line.nsaRemarkCodes().isEmpty() ? null : String.join(",", line.nsaRemarkCodes()));
          statement.setString(13, line.outcome().name());
          statement.setString(14, line.reason());
          statement.setString(15, line.claimId());
        });
  }

  Optional<RemittanceReport> find(String id) {
    return jdbc.sql("SELECT * FROM remittance WHERE id = ?").param(id).query(RemittanceRepository::report).optional();
  }

  List<RemittanceReport> list(int page, int size) {
    return jdbc.sql("SELECT * FROM remittance ORDER BY started_at DESC, id LIMIT ? OFFSET ?")
        .params(size, page * size).query(RemittanceRepository::report).list();
  }

  long count() {
    return jdbc.sql("SELECT COUNT(*) FROM remittance").query(Long.class).single();
  }

  List<ReportLine> lines(String remittanceId, int from, int size) {
    return jdbc.sql("""
        SELECT * FROM remittance_claim WHERE remittance_id = ? AND seq > ? ORDER BY seq LIMIT ?""")
        .params(remittanceId, from, size).query(RemittanceRepository::line).list();
  }

  private static RemittanceReport report(ResultSet rs, int row) throws SQLException {
    Timestamp finished = rs.getTimestamp("finished_at");
    return new RemittanceReport(rs.getString("id"), rs.getString("file_name"), rs.getString("file_sha256"),
        rs.getString("status"), rs.getInt("transactions"), rs.getInt("claims_read"), rs.getInt("cases_opened"),
        rs.getInt("payments_correlated"), rs.getInt("skipped"), rs.getString("imported_by"),
        rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant());
  }

  private static ReportLine line(ResultSet rs, int row) throws SQLException {
    String nsa = rs.getString("nsa_remark_codes");
    return new ReportLine(rs.getString("remittance_id"), rs.getInt("seq"), rs.getInt("segment_number"),
        rs.getString("payer_id"), rs.getString("claim_number"), rs.getString("payer_claim_control_number"),
        rs.getString("status_code"), rs.getBigDecimal("billed_amount"), rs.getBigDecimal("paid_amount"),
        rs.getObject("payment_date", LocalDate.class), rs.getString("trace_number"),
        nsa == null ? List.of() : List.of(nsa.split(",")), ReportLine.Outcome.valueOf(rs.getString("outcome")),
        rs.getString("reason"), rs.getString("claim_id"));
  }

  /** A claim payment as the idempotency key names it. */
  record PaymentKey(String payerId, String claimNumber, String traceNumber) {}
}
