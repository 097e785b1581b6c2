package org.claimrecovery.remittance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The imported remittances, each claim's line of the report, and the claim payments applied. */
@Repository
class RemittanceRepository {

  private final JdbcClient jdbc;

  RemittanceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
      var params = new ArrayList<Object>(payerAndTrace);
      params.addAll(numbers);
      jdbc.sql("SELECT claim_number FROM remittance_claim_payment WHERE payer_id = ? AND trace_number = ? "
              + "AND claim_number IN (" + in + ")").params(params).query(String.class).list()
          .forEach(number -> found.add(new PaymentKey(payerAndTrace.get(0), number, payerAndTrace.get(1))));
    });
    return found;
  }

  /**
   * Payments applied in one statement: the fast way for claims that change nothing but the record (one multi-row
   * INSERT costs the database a fraction of as many single-row ones).
   */
  void insertPayments(List<PaymentKey> keys, String remittanceId) {
    if (keys.isEmpty()) {
      return;
    }
    var params = new ArrayList<Object>(keys.size() * 4);
    for (PaymentKey key : keys) {
      params.addAll(List.of(key.payerId(), key.claimNumber(), key.traceNumber(), remittanceId));
    }
    jdbc.sql("INSERT INTO remittance_claim_payment (payer_id, claim_number, trace_number, remittance_id) VALUES "
        + String.join(", ", Collections.nCopies(keys.size(), "(?, ?, ?, ?)"))).params(params).update();
  }

  void insertLines(List<ReportLine> lines) {
    if (lines.isEmpty()) {
      return;
    }
    var params = new ArrayList<Object>(lines.size() * 15);
    for (ReportLine line : lines) {
      params.add(line.remittanceId());
      params.add(line.seq());
      params.add(line.segmentNumber());
      params.add(line.payerId());
      params.add(line.claimNumber());
      params.add(line.payerClaimControlNumber());
      params.add(line.statusCode());
      params.add(line.billedAmount());
      params.add(line.paidAmount());
      params.add(line.paymentDate());
      params.add(line.traceNumber());
      params.add(line.nsaRemarkCodes().isEmpty() ? null : String.join(",", line.nsaRemarkCodes()));
      params.add(line.outcome().name());
      params.add(line.reason());
      params.add(line.claimId());
    }
    jdbc.sql("""
        INSERT INTO remittance_claim (remittance_id, seq, segment_number, payer_id, claim_number,
            payer_claim_control_number, status_code, billed_amount, paid_amount, payment_date, trace_number,
            nsa_remark_codes, outcome, reason, claim_id)
        VALUES """ + String.join(", ", Collections.nCopies(lines.size(),
        "(?, ?, ?, ?, ?, ?, ?, CAST(? AS NUMERIC(20, 2)), CAST(? AS NUMERIC(20, 2)), CAST(? AS DATE), ?, ?, ?, ?, ?)")))
        .params(params).update();
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
