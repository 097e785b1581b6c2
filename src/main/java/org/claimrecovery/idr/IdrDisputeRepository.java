package org.claimrecovery.idr;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores each claim's federal IDR dispute; every change names who made it. */
@Repository
class IdrDisputeRepository {

  private final JdbcClient jdbc;

  IdrDisputeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<IdrDispute> find(String claimId) {
    return jdbc.sql("SELECT * FROM idr_dispute WHERE claim_id = ?").param(claimId).query(IdrDispute.class)
        .optional();
  }

  /** The row for the claim, locked for the change that follows (two events for one dispute never interleave). */
  Optional<IdrDispute> lock(String claimId) {
    return jdbc.sql("SELECT * FROM idr_dispute WHERE claim_id = ? FOR UPDATE").param(claimId)
        .query(IdrDispute.class).optional();
  }

  void save(IdrDispute dispute, String user, Instant at) {
    int updated = jdbc.sql("""
        UPDATE idr_dispute SET status = :status, offer_amount = :offerAmount,
          offer_justification = :offerJustification, override_reason = :overrideReason,
          preferred_entity = :preferredEntity, dispute_number = :disputeNumber, initiated_on = :initiatedOn,
          entity = :entity, entity_selected_on = :entitySelectedOn, offers_submitted_on = :offersSubmittedOn,
          submitted_offer = :submittedOffer, fees_paid = :feesPaid, result = :result,
          decided_amount = :decidedAmount, decided_on = :decidedOn, ineligible_reasons = :ineligibleReasons,
          selected_by = :selectedBy, payer_objected_on = :payerObjectedOn, entity_fee_owed = :entityFeeOwed,
          batch_lead_claim_id = :batchLeadClaimId, updated_by = :user, updated_at = :at
        WHERE claim_id = :claimId
        """).paramSource(params(dispute, user, at)).update();
    if (updated == 0) {
      jdbc.sql("""
          INSERT INTO idr_dispute (claim_id, status, offer_amount, offer_justification, override_reason,
            preferred_entity, dispute_number, initiated_on, entity, entity_selected_on, offers_submitted_on,
            submitted_offer, fees_paid, result, decided_amount, decided_on, ineligible_reasons, selected_by,
            payer_objected_on, entity_fee_owed, batch_lead_claim_id, updated_by, updated_at)
          VALUES (:claimId, :status, :offerAmount, :offerJustification, :overrideReason, :preferredEntity,
            :disputeNumber, :initiatedOn, :entity, :entitySelectedOn, :offersSubmittedOn, :submittedOffer,
            :feesPaid, :result, :decidedAmount, :decidedOn, :ineligibleReasons, :selectedBy, :payerObjectedOn,
            :entityFeeOwed, :batchLeadClaimId, :user, :at)
          """).paramSource(params(dispute, user, at)).update();
    }
  }

  /** The claims of the batch {@code leadClaimId} leads, the lead first; empty when it leads none. */
  List<IdrDispute> inBatch(String leadClaimId) {
    return jdbc.sql("""
        SELECT * FROM idr_dispute WHERE batch_lead_claim_id = ?
        ORDER BY CASE WHEN claim_id = batch_lead_claim_id THEN 0 ELSE 1 END, claim_id
        """).param(leadClaimId).query(IdrDispute.class).list();
  }

  /**
   * Claims of the provider TIN decided against the payer from {@code since} on, with the service codes of their
   * lines: the cooling-off period blocks new disputes for the same or similar items (45 CFR 149.510(c)(4)(vi)).
   */
  List<Decided> decidedSince(String payerId, String providerTin, LocalDate since) {
    return jdbc.sql("""
        SELECT d.claim_id, c.claim_number, d.decided_on, l.service_code
        FROM idr_dispute d JOIN claim c ON c.id = d.claim_id JOIN claim_line l ON l.claim_id = d.claim_id
        WHERE d.result IN ('WON', 'LOST') AND d.decided_on >= ? AND c.payer_id = ? AND c.provider_tin = ?
        """).params(since, payerId, providerTin).query(Decided.class).list();
  }

  record Decided(String claimId, String claimNumber, LocalDate decidedOn, String serviceCode) {}

  private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(IdrDispute d, String user,
      Instant at) {
    return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
        .addValue("claimId", d.claimId()).addValue("status", d.status().name())
        .addValue("offerAmount", d.offerAmount()).addValue("offerJustification", d.offerJustification())
        .addValue("overrideReason", d.overrideReason()).addValue("preferredEntity", d.preferredEntity())
        .addValue("disputeNumber", d.disputeNumber()).addValue("initiatedOn", d.initiatedOn())
        .addValue("entity", d.entity()).addValue("entitySelectedOn", d.entitySelectedOn())
        .addValue("offersSubmittedOn", d.offersSubmittedOn()).addValue("submittedOffer", d.submittedOffer())
        .addValue("feesPaid", d.feesPaid()).addValue("result", d.result() == null ? null : d.result().name())
        .addValue("decidedAmount", d.decidedAmount()).addValue("decidedOn", d.decidedOn())
        .addValue("ineligibleReasons", d.ineligibleReasons())
        .addValue("selectedBy", d.selectedBy() == null ? null : d.selectedBy().name())
        .addValue("payerObjectedOn", d.payerObjectedOn()).addValue("entityFeeOwed", d.entityFeeOwed())
        .addValue("batchLeadClaimId", d.batchLeadClaimId()).addValue("user", user)
        .addValue("at", Timestamp.from(at));
  }
}
