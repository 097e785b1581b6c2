package org.claimrecovery.negotiation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.claimrecovery.negotiation.Negotiation.Kind;
import org.claimrecovery.negotiation.Negotiation.Party;
import org.claimrecovery.negotiation.Negotiation.Round;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The negotiation and round tables, in plain SQL for H2 and PostgreSQL. */
@Repository
class NegotiationRepository {

  private final JdbcClient jdbc;

  NegotiationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts a PREPARING negotiation unless the claim has one already. */
  void insertIfAbsent(String id, String claimId, Instant at) {
    jdbc.sql("""
        INSERT INTO negotiation (id, claim_id, status, created_at)
        SELECT ?, ?, ?, ? FROM claim WHERE id = ? AND NOT EXISTS (SELECT 1 FROM negotiation WHERE claim_id = ?)
        """)
        .params(id, claimId, NegotiationStatus.PREPARING.name(), Timestamp.from(at), claimId, claimId)
        .update();
  }

  Optional<Negotiation> findByClaim(String claimId) {
    return jdbc.sql("SELECT * FROM negotiation WHERE claim_id = ?").param(claimId).query(this::row).optional()
        .map(negotiation -> negotiation.withRounds(rounds(negotiation.id())));
  }

  void recordPreparation(String id, BigDecimal target, List<JustificationGround> grounds, String justification,
      String preparedBy) {
    jdbc.sql("""
        UPDATE negotiation SET target_amount = ?, justification_grounds = ?, justification = ?, prepared_by = ?
        WHERE id = ?""")
        .params(target, grounds.stream().map(Enum::name).collect(Collectors.joining(",")), justification, preparedBy,
            id)
        .update();
  }

  /** Who prepared the negotiation (its target is our first offer); null when not recorded. */
  String preparedBy(String id) {
    return jdbc.sql("SELECT prepared_by FROM negotiation WHERE id = ?").param(id).query(String.class).optional()
        .orElse(null);
  }

  void recordNotice(String id, String channel, String correspondenceId) {
    jdbc.sql("UPDATE negotiation SET channel = ?, notice_correspondence_id = ? WHERE id = ?")
        .params(channel, correspondenceId, id).update();
  }

  void open(String id, LocalDate openedOn) {
    jdbc.sql("UPDATE negotiation SET status = ?, opened_on = ? WHERE id = ? AND opened_on IS NULL")
        .params(NegotiationStatus.OPEN.name(), openedOn, id).update();
  }

  void settle(String id, BigDecimal agreed, LocalDate settledOn) {
    jdbc.sql("UPDATE negotiation SET status = ?, agreed_amount = ?, settled_on = ? WHERE id = ?")
        .params(NegotiationStatus.SETTLED.name(), agreed, settledOn, id).update();
  }

  void fail(String id, String reason) {
    jdbc.sql("UPDATE negotiation SET status = ?, outcome_reason = ? WHERE id = ?")
        .params(NegotiationStatus.FAILED.name(), reason, id).update();
  }

  /** A round once: a retried job that records the same round again changes nothing. */
  void insertRoundIfAbsent(String negotiationId, Round round, Instant at) {
    jdbc.sql("""
        INSERT INTO negotiation_round (negotiation_id, round, party, kind, amount, on_date, note, entered_by,
          recorded_at)
        SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? FROM negotiation
        WHERE id = ? AND NOT EXISTS (SELECT 1 FROM negotiation_round WHERE negotiation_id = ? AND round = ?)
        """)
        .params(negotiationId, round.round(), round.party().name(), round.kind().name(), round.amount(), round.on(),
            round.note(), round.enteredBy(), Timestamp.from(at), negotiationId, negotiationId, round.round())
        .update();
  }

  void insertBundle(String id, String leadClaimId, String payerId, String providerTin, String user, Instant at) {
    jdbc.sql("""
        INSERT INTO negotiation_bundle (id, lead_claim_id, payer_id, provider_tin, created_by, created_at)
        VALUES (?, ?, ?, ?, ?, ?)
        """)
        .params(id, leadClaimId, payerId, providerTin, user, Timestamp.from(at)).update();
  }

  void joinBundle(String negotiationId, String bundleId) {
    jdbc.sql("UPDATE negotiation SET bundle_id = ? WHERE id = ?").params(bundleId, negotiationId).update();
  }

  void leaveBundle(String negotiationId) {
    jdbc.sql("UPDATE negotiation SET bundle_id = NULL WHERE id = ?").param(negotiationId).update();
  }

  /**
   * The bundle's lead, locking the bundle row until the transaction ends: members finishing their preparation
   * at the same time then see each other's, so exactly one of them finds the bundle complete and wakes the lead.
   */
  String lockBundle(String bundleId) {
    return jdbc.sql("SELECT lead_claim_id FROM negotiation_bundle WHERE id = ? FOR UPDATE").param(bundleId)
        .query(String.class).single();
  }

  /** The negotiations of a bundle, the lead's first, then by claim number. */
  List<Negotiation> inBundle(String bundleId) {
    return jdbc.sql("""
        SELECT n.* FROM negotiation n
        JOIN negotiation_bundle b ON b.id = n.bundle_id
        JOIN claim c ON c.id = n.claim_id
        WHERE n.bundle_id = ?
        ORDER BY CASE WHEN n.claim_id = b.lead_claim_id THEN 0 ELSE 1 END, c.claim_number
        """)
        .param(bundleId).query(this::row).list().stream()
        .map(negotiation -> negotiation.withRounds(rounds(negotiation.id()))).toList();
  }

  private List<Round> rounds(String negotiationId) {
    return jdbc.sql("SELECT * FROM negotiation_round WHERE negotiation_id = ? ORDER BY round").param(negotiationId)
        .query((rs, n) -> new Round(rs.getInt("round"), Party.valueOf(rs.getString("party")),
            Kind.valueOf(rs.getString("kind")), rs.getBigDecimal("amount"), rs.getObject("on_date", LocalDate.class),
            rs.getString("note"), rs.getString("entered_by")))
        .list();
  }

  private Negotiation row(ResultSet rs, int n) throws SQLException {
    String grounds = rs.getString("justification_grounds");
    return new Negotiation(rs.getString("id"), rs.getString("claim_id"),
        NegotiationStatus.valueOf(rs.getString("status")), rs.getBigDecimal("target_amount"),
        grounds == null || grounds.isBlank() ? List.of()
            : Arrays.stream(grounds.split(",")).map(JustificationGround::valueOf).toList(),
        rs.getString("justification"), rs.getString("channel"), rs.getString("notice_correspondence_id"),
        rs.getObject("opened_on", LocalDate.class), rs.getBigDecimal("agreed_amount"),
        rs.getObject("settled_on", LocalDate.class),
        rs.getString("outcome_reason"), rs.getString("bundle_id"), List.of());
  }
}
