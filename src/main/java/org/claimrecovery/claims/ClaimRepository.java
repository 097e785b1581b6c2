package org.claimrecovery.claims;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimrecovery.claims.Claim.ClaimLine;
import org.claimrecovery.claims.Claim.Classification;
import org.claimrecovery.claims.Claim.Denial;
import org.claimrecovery.claims.Claim.InitialPayment;
import org.claimrecovery.claims.Claim.Payer;
import org.claimrecovery.claims.Claim.Provider;
import org.claimrecovery.claims.Claim.Review;
import org.claimrecovery.pathway.Pathway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The claim tables, in plain SQL that runs on H2 and PostgreSQL alike. */
@Repository
public class ClaimRepository {

  private final JdbcClient jdbc;
  private final TransactionMemo factsMemo = new TransactionMemo();

  ClaimRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** @throws org.springframework.dao.DuplicateKeyException when the payer's claim number is already a case */
  void insert(String id, NewClaim claim, String createdBy, Instant createdAt) {
    jdbc.sql("""
        INSERT INTO claim (id, payer_id, payer_name, payer_email, payer_address, claim_number, provider_npi,
          provider_tin, provider_name, patient_account, plan_type, plan_state, service_state, service_category,
          notice_and_consent_obtained, service_date, submitted_on, initial_payment_received_on,
          initial_payment_amount, denial_received_on, denial_reason_code, denial_description, status, stage,
          created_by, created_at)
        VALUES (:id, :payerId, :payerName, :payerEmail, :payerAddress, :claimNumber, :npi, :tin, :providerName,
          :patientAccount, :planType, :planState, :serviceState, :serviceCategory, :consent, :serviceDate,
          :submittedOn, :paymentReceivedOn, :paymentAmount, :denialReceivedOn, :denialReason, :denialDescription,
          :status, :stage, :createdBy, :createdAt)
        """)
        .param("id", id)
        .param("payerId", claim.payer().id())
        .param("payerName", claim.payer().name())
        .param("payerEmail", claim.payer().email())
        .param("payerAddress", claim.payer().address())
        .param("claimNumber", claim.claimNumber())
        .param("npi", claim.provider().npi())
        .param("tin", claim.provider().tin())
        .param("providerName", claim.provider().name())
        .param("patientAccount", claim.patientAccount())
        .param("planType", claim.planType().name())
        .param("planState", claim.planState())
        .param("serviceState", claim.serviceState())
        .param("serviceCategory", claim.serviceCategory().name())
        .param("consent", claim.noticeAndConsentObtained())
        .param("serviceDate", claim.serviceDate())
        .param("submittedOn", claim.submittedOn())
        .param("paymentReceivedOn", claim.initialPayment() == null ? null : claim.initialPayment().receivedOn())
        .param("paymentAmount", claim.initialPayment() == null ? null : claim.initialPayment().amount())
        .param("denialReceivedOn", claim.denial() == null ? null : claim.denial().receivedOn())
        .param("denialReason", claim.denial() == null ? null : claim.denial().reasonCode())
        .param("denialDescription", claim.denial() == null ? null : claim.denial().description())
        .param("status", ClaimStatus.OPEN.name())
        .param("stage", Stage.INTAKE.name())
        .param("createdBy", createdBy)
        .param("createdAt", Timestamp.from(createdAt))
        .update();
    insertLines(id, claim.lines());
  }

  private void insertLines(String claimId, List<ClaimLine> lines) {
    for (ClaimLine line : lines) {
      jdbc.sql("""
          INSERT INTO claim_line (claim_id, line_number, service_code, billed_amount, paid_amount, qpa)
          VALUES (?, ?, ?, ?, ?, ?)
          """)
          .params(claimId, line.lineNumber(), line.serviceCode(), line.billedAmount(), line.paidAmount(), line.qpa())
          .update();
    }
  }

  public Optional<Claim> findById(String id) {
    return jdbc.sql("SELECT * FROM claim WHERE id = ?").param(id).query(this::claimRow).optional()
        .map(this::withLines);
  }

  public Optional<Claim> findByPayerClaimNumber(String payerId, String claimNumber) {
    return jdbc.sql("SELECT * FROM claim WHERE payer_id = ? AND claim_number = ?")
        .params(payerId, claimNumber).query(this::claimRow).optional().map(this::withLines);
  }

  public record Page(List<Claim> claims, long total) {}

  public Page find(ClaimStatus status, Stage stage, String payerId, int page, int size) {
    var where = new StringBuilder(" WHERE 1 = 1");
    var params = new LinkedHashMap<String, Object>();
    if (status != null) {
      where.append(" AND status = :status");
      params.put("status", status.name());
    }
    if (stage != null) {
      where.append(" AND stage = :stage");
      params.put("stage", stage.name());
    }
    if (payerId != null) {
      where.append(" AND payer_id = :payerId");
      params.put("payerId", payerId);
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM claim" + where).params(params).query(Long.class).single();
    params.put("limit", size);
    params.put("offset", (long) page * size);
    List<Claim> claims = jdbc.sql("SELECT * FROM claim" + where
            + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
        .params(params).query(this::claimRow).list().stream().map(this::withLines).toList();
    return new Page(claims, total);
  }

  public void recordClassification(String claimId, Classification classification, Stage stage) {
    factsMemo.forget(claimId + "/");
    jdbc.sql("UPDATE claim SET nsa_eligible = ?, pathway = ?, state_law = ?, stage = ? WHERE id = ?")
        .params(classification.nsaEligible(), classification.pathway().name(), classification.stateLaw(), stage.name(),
            claimId)
        .update();
  }

  void recordPaymentDetermination(String claimId, PaymentDetermination determination) {
    var payment = determination.payment();
    var denial = determination.denial();
    jdbc.sql("""
        UPDATE claim SET initial_payment_received_on = ?, initial_payment_amount = ?, denial_received_on = ?,
          denial_reason_code = ?, denial_description = ? WHERE id = ?
        """)
        .params(payment == null ? null : payment.receivedOn(), payment == null ? null : payment.amount(),
            denial == null ? null : denial.receivedOn(), denial == null ? null : denial.reasonCode(),
            denial == null ? null : denial.description(), claimId)
        .update();
    jdbc.sql("DELETE FROM claim_line WHERE claim_id = ?").param(claimId).update();
    insertLines(claimId, determination.lines());
  }

  public void recordReview(String claimId, Review review, Stage stage) {
    jdbc.sql("""
        UPDATE claim SET review_decision = ?, review_accept_reason = ?, review_note = ?, reviewed_by = ?,
          reviewed_at = ?, stage = ? WHERE id = ?
        """)
        .params(review.decision(), review.acceptReason(), review.note(), review.reviewedBy(),
            Timestamp.from(review.reviewedAt()), stage.name(), claimId)
        .update();
  }

  public void moveTo(String claimId, Stage stage) {
    jdbc.sql("UPDATE claim SET stage = ? WHERE id = ?").params(stage.name(), claimId).update();
  }

  public void close(String claimId, String outcome, Instant closedAt) {
    jdbc.sql("UPDATE claim SET status = ?, stage = ?, outcome = ?, closed_at = ? WHERE id = ?")
        .params(ClaimStatus.CLOSED.name(), Stage.CLOSED.name(), outcome, Timestamp.from(closedAt), claimId)
        .update();
  }

  void recordProcessInstance(String claimId, String processInstanceId) {
    jdbc.sql("UPDATE claim SET process_instance_id = ? WHERE id = ?").params(processInstanceId, claimId).update();
  }

  /** Records a dated event once; a repeated event keeps its first date (the one deadlines count from). */
  public void recordEvent(String claimId, String eventType, LocalDate occurredOn, String recordedBy, Instant at) {
    factsMemo.forget(claimId + "/");
    jdbc.sql("""
        INSERT INTO claim_event (claim_id, event_type, occurred_on, recorded_by, recorded_at)
        SELECT ?, ?, ?, ?, ? FROM claim
        WHERE id = ? AND NOT EXISTS (SELECT 1 FROM claim_event WHERE claim_id = ? AND event_type = ?)
        """)
        .params(claimId, eventType, occurredOn, recordedBy, Timestamp.from(at), claimId, claimId, eventType)
        .update();
  }

  /** The claim's pathway and state law (without its lines): what deadline rules select by. */
  Optional<Classification> classificationOf(String claimId) {
    return factsMemo.get(claimId + "/classification", () -> jdbc
        .sql("SELECT nsa_eligible, pathway, state_law FROM claim WHERE id = ?").param(claimId)
        .query((rs, n) -> new Classification((Boolean) rs.getObject("nsa_eligible"), pathway(rs.getString("pathway")),
            rs.getString("state_law")))
        .optional());
  }

  public Map<String, LocalDate> events(String claimId) {
    return factsMemo.get(claimId + "/events", () -> readEvents(claimId));
  }

  private Map<String, LocalDate> readEvents(String claimId) {
    var events = new LinkedHashMap<String, LocalDate>();
    jdbc.sql("SELECT event_type, occurred_on FROM claim_event WHERE claim_id = ? ORDER BY occurred_on, event_type")
        .param(claimId)
        .query((ResultSet rs) -> {
          events.put(rs.getString("event_type"), rs.getObject("occurred_on", LocalDate.class));
        });
    return Map.copyOf(events);
  }

  private Claim withLines(Claim claim) {
    List<ClaimLine> lines = new ArrayList<>(jdbc.sql("""
            SELECT line_number, service_code, billed_amount, paid_amount, qpa
            FROM claim_line WHERE claim_id = ? ORDER BY line_number
            """)
        .param(claim.id())
        .query((rs, n) -> new ClaimLine(rs.getInt("line_number"), rs.getString("service_code"),
            rs.getBigDecimal("billed_amount"), rs.getBigDecimal("paid_amount"), rs.getBigDecimal("qpa")))
        .list());
    return new Claim(claim.id(), claim.claimNumber(), claim.payer(), claim.provider(), claim.patientAccount(),
        claim.planType(), claim.planState(), claim.serviceState(), claim.serviceCategory(),
        claim.noticeAndConsentObtained(), claim.serviceDate(), claim.submittedOn(), List.copyOf(lines),
        claim.initialPayment(), claim.denial(), claim.classification(), claim.status(), claim.stage(), claim.review(),
        claim.outcome(), claim.closedAt(), claim.processInstanceId(), claim.createdBy(), claim.createdAt());
  }

  private Claim claimRow(ResultSet rs, int rowNumber) throws SQLException {
    LocalDate paymentReceivedOn = rs.getObject("initial_payment_received_on", LocalDate.class);
    LocalDate denialReceivedOn = rs.getObject("denial_received_on", LocalDate.class);
    String pathway = rs.getString("pathway");
    String decision = rs.getString("review_decision");
    return new Claim(
        rs.getString("id"),
        rs.getString("claim_number"),
        new Payer(rs.getString("payer_id"), rs.getString("payer_name"), rs.getString("payer_email"),
            rs.getString("payer_address")),
        new Provider(rs.getString("provider_npi"), rs.getString("provider_tin"), rs.getString("provider_name")),
        rs.getString("patient_account"),
        PlanType.valueOf(rs.getString("plan_type")),
        rs.getString("plan_state"),
        rs.getString("service_state"),
        ServiceCategory.valueOf(rs.getString("service_category")),
        rs.getBoolean("notice_and_consent_obtained"),
        rs.getObject("service_date", LocalDate.class),
        rs.getObject("submitted_on", LocalDate.class),
        List.of(),
        paymentReceivedOn == null ? null
            : new InitialPayment(paymentReceivedOn, rs.getBigDecimal("initial_payment_amount")),
        denialReceivedOn == null ? null
            : new Denial(denialReceivedOn, rs.getString("denial_reason_code"), rs.getString("denial_description")),
        pathway == null ? null
            : new Classification((Boolean) rs.getObject("nsa_eligible"), pathway(pathway), rs.getString("state_law")),
        ClaimStatus.valueOf(rs.getString("status")),
        Stage.valueOf(rs.getString("stage")),
        decision == null ? null
            : new Review(decision, rs.getString("review_accept_reason"), rs.getString("review_note"),
                rs.getString("reviewed_by"), instant(rs, "reviewed_at")),
        rs.getString("outcome"),
        instant(rs, "closed_at"),
        rs.getString("process_instance_id"),
        rs.getString("created_by"),
        instant(rs, "created_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }


  private static Pathway pathway(String stored) {
    return stored == null ? null : Pathway.valueOf(stored);
  }
}
