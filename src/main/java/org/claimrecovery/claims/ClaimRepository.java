package org.claimrecovery.claims;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimrecovery.claims.Claim.ClaimLine;
import org.claimrecovery.claims.Claim.Classification;
import org.claimrecovery.claims.Claim.Review;
import org.claimrecovery.pathway.BilledAs;
import org.claimrecovery.pathway.Pathway;
import org.claimrecovery.pathway.PlanType;
import org.claimrecovery.pathway.ServiceCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The claim tables, in plain SQL that runs on H2 and PostgreSQL alike. */
@Repository
public class ClaimRepository {

  private final JdbcClient jdbc;
  private final TransactionMemo factsMemo = new TransactionMemo();

  public ClaimRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** @throws org.springframework.dao.DuplicateKeyException when the payer's claim number is already a case */
  void insert(String id, NewClaim claim, String createdBy, Instant createdAt) {
    var circumstances = claim.circumstances();
    jdbc.sql("""
        INSERT INTO claim (id, payer_id, payer_name, payer_email, payer_address, claim_number, provider_npi,
          provider_tin, provider_name, patient_account, plan_type, plan_state, service_state, service_category,
          notice_and_consent_obtained, billed_as, ancillary_service, unforeseen_urgent_need,
          no_participating_provider_available, plan_elected_state_process, service_date, submitted_on, initial_payment_received_on,
          initial_payment_amount, denial_received_on, denial_group_code, denial_reason_code, denial_description, status,
          stage,
          created_by, created_at)
        VALUES (:id, :payerId, :payerName, :payerEmail, :payerAddress, :claimNumber, :npi, :tin, :providerName,
          :patientAccount, :planType, :planState, :serviceState, :serviceCategory, :consent, :billedAs, :ancillary,
          :unforeseenUrgentNeed, :noParticipatingProvider, :planElected, :serviceDate,
          :submittedOn, :paymentReceivedOn, :paymentAmount, :denialReceivedOn, :denialGroup, :denialReason, :denialDescription,
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
        .param("billedAs", circumstances.billedAs() == null ? null : circumstances.billedAs().name())
        .param("ancillary", circumstances.ancillaryService())
        .param("unforeseenUrgentNeed", circumstances.unforeseenUrgentNeed())
        .param("noParticipatingProvider", circumstances.noParticipatingProviderAvailable())
        .param("planElected", circumstances.planElectedStateProcess())
        .param("serviceDate", claim.serviceDate())
        .param("submittedOn", claim.submittedOn())
        .param("paymentReceivedOn", claim.initialPayment() == null ? null : claim.initialPayment().receivedOn())
        .param("paymentAmount", claim.initialPayment() == null ? null : claim.initialPayment().amount())
        .param("denialReceivedOn", claim.denial() == null ? null : claim.denial().receivedOn())
        .param("denialGroup", claim.denial() == null || claim.denial().groupCode() == null ? null
            : claim.denial().groupCode().name())
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
          INSERT INTO claim_line (claim_id, line_number, service_code, billed_amount, paid_amount, qpa, description)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """)
          .params(claimId, line.lineNumber(), line.serviceCode(), line.billedAmount(), line.paidAmount(), line.qpa(),
              line.description())
          .update();
    }
  }

  public Optional<Claim> findById(String id) {
    return jdbc.sql("SELECT * FROM claim WHERE id = ?").param(id).query(ClaimRow.class).optional()
        .map(this::withLines);
  }

  public Optional<Claim> findByPayerClaimNumber(String payerId, String claimNumber) {
    return jdbc.sql("SELECT * FROM claim WHERE payer_id = ? AND claim_number = ?")
        .params(payerId, claimNumber).query(ClaimRow.class).optional().map(this::withLines);
  }

  /** The cases of one payer among {@code claimNumbers} (a remittance's claims, a chunk at a time). */
  public List<Claim> findByPayerClaimNumbers(String payerId, Collection<String> claimNumbers) {
    if (claimNumbers.isEmpty()) {
      return List.of();
    }
    var params = new ArrayList<Object>();
    params.add(payerId);
    params.addAll(claimNumbers);
    String in = String.join(", ", Collections.nCopies(claimNumbers.size(), "?"));
    return jdbc.sql("SELECT * FROM claim WHERE payer_id = ? AND claim_number IN (" + in + ")").params(params)
        .query(ClaimRow.class).list().stream().map(this::withLines).toList();
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
        .params(params).query(ClaimRow.class).list().stream().map(this::withLines).toList();
    return new Page(claims, total);
  }

  public void recordClassification(String claimId, Classification classification, Stage stage) {
    factsMemo.forget(claimId + "/");
    jdbc.sql("UPDATE claim SET nsa_eligible = ?, pathway = ?, state_law = ?, classification_notes = ?, stage = ?"
            + " WHERE id = ?")
        .params(classification.nsaEligible(), classification.pathway().name(), classification.stateLaw(),
            classification.notes().isEmpty() ? null : String.join("\n", classification.notes()), stage.name(), claimId)
        .update();
  }

  void recordPaymentDetermination(String claimId, PaymentDetermination determination) {
    var payment = determination.payment();
    var denial = determination.denial();
    jdbc.sql("""
        UPDATE claim SET initial_payment_received_on = ?, initial_payment_amount = ?, denial_received_on = ?,
          denial_group_code = ?, denial_reason_code = ?, denial_description = ? WHERE id = ?
        """)
        .params(payment == null ? null : payment.receivedOn(), payment == null ? null : payment.amount(),
            denial == null ? null : denial.receivedOn(),
            denial == null || denial.groupCode() == null ? null : denial.groupCode().name(),
            denial == null ? null : denial.reasonCode(),
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
    factsMemo.forget(claimId + "/");
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

  /**
   * What deadline rules select a claim by: its pathway and state law, the state its plan is issued in, plan type,
   * service category and biller.
   */
  record RuleScope(Pathway pathway, String stateLaw, String planState, PlanType planType,
      ServiceCategory serviceCategory, BilledAs billedAs) {

    /**
     * The state whose law governs the claim besides federal law: the specified state law's state when one applies,
     * otherwise the state the plan is issued in (a state's insurance law reaches the plans issued there; which plan
     * types it reaches, each rule says).
     */
    String jurisdiction() {
      return stateLaw != null ? stateLaw : planState;
    }
  }

  Optional<RuleScope> ruleScopeOf(String claimId) {
    return factsMemo.get(claimId + "/scope", () -> jdbc
        .sql("SELECT pathway, state_law, plan_state, plan_type, service_category, billed_as FROM claim WHERE id = ?")
        .param(claimId)
        .query(RuleScope.class).optional());
  }

  /** When and with which outcome the claim closed: a fact its deadlines depend on. */
  record Closing(String outcome, Instant closedAt) {}

  /** Empty while the claim is open. */
  Optional<Closing> closingOf(String claimId) {
    return factsMemo.get(claimId + "/closing", () -> jdbc
        .sql("SELECT outcome, closed_at FROM claim WHERE id = ? AND status = ? AND closed_at IS NOT NULL")
        .params(claimId, ClaimStatus.CLOSED.name())
        .query((rs, rowNumber) -> new Closing(rs.getString("outcome"),
            rs.getObject("closed_at", OffsetDateTime.class).toInstant()))
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

  private Claim withLines(ClaimRow row) {
    return row.toClaim(jdbc.sql("""
            SELECT line_number, service_code, billed_amount, paid_amount, qpa, description
            FROM claim_line WHERE claim_id = ? ORDER BY line_number
            """)
        .param(row.id())
        .query(ClaimLine.class).list());
  }
}
