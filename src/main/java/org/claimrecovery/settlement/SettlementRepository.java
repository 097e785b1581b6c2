package org.claimrecovery.settlement;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The expected_payment and payment tables, in plain SQL for H2 and PostgreSQL. */
@Repository
class SettlementRepository {

  private final JdbcClient jdbc;

  SettlementRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records what the payer owes, once: a retried step finds it recorded. */
  void insertIfAbsent(ExpectedPayment expected, Instant at) {
    jdbc.sql("""
        INSERT INTO expected_payment (claim_id, source, amount, decided_on, due_on, due_citation, created_at)
        SELECT id, ?, ?, ?, ?, ?, ? FROM claim
        WHERE id = ? AND NOT EXISTS (SELECT 1 FROM expected_payment WHERE claim_id = ?)""")
        .params(expected.source().name(), expected.amount(), expected.decidedOn(), expected.dueOn(),
            expected.dueCitation(), Timestamp.from(at), expected.claimId(), expected.claimId())
        .update();
  }

  Optional<ExpectedPayment> find(String claimId) {
    return jdbc.sql("""
        SELECT claim_id, source, amount, decided_on, due_on, due_citation, recovered_amount FROM expected_payment
        WHERE claim_id = ?""").param(claimId)
        .query((rs, n) -> new ExpectedPayment(rs.getString("claim_id"), PaymentSource.valueOf(rs.getString("source")),
            rs.getBigDecimal("amount"), rs.getObject("decided_on", LocalDate.class),
            rs.getObject("due_on", LocalDate.class), rs.getString("due_citation"), rs.getBigDecimal("recovered_amount")))
        .optional();
  }

  void recordRecovered(String claimId, BigDecimal recovered) {
    jdbc.sql("UPDATE expected_payment SET recovered_amount = ? WHERE claim_id = ?").params(recovered, claimId).update();
  }

  void insertPayment(String id, String claimId, LocalDate receivedOn, BigDecimal amount, String reference, String user,
      Instant at) {
    jdbc.sql("""
        INSERT INTO payment (id, claim_id, received_on, amount, reference, recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """).params(id, claimId, receivedOn, amount, reference, user, Timestamp.from(at)).update();
  }

  /**
   * A payment received on the claim.
   *
   * @param reference the check or EFT trace number; null when none was given
   */
  public record Payment(LocalDate receivedOn, BigDecimal amount, String reference) {}

  /** The claim's payments in the order they arrived (as recorded on the same day). */
  List<Payment> payments(String claimId) {
    return jdbc.sql("SELECT received_on, amount, reference FROM payment WHERE claim_id = ?"
            + " ORDER BY received_on, recorded_at, id")
        .param(claimId)
        .query((rs, n) -> new Payment(rs.getObject("received_on", LocalDate.class), rs.getBigDecimal("amount"),
            rs.getString("reference")))
        .list();
  }

  BigDecimal totalPaid(String claimId) {
    return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM payment WHERE claim_id = ?").param(claimId)
        .query(BigDecimal.class).single();
  }
}
