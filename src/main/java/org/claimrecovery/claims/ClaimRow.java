package org.claimrecovery.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.claimrecovery.claims.Claim.Circumstances;
import org.claimrecovery.claims.Claim.ClaimLine;
import org.claimrecovery.claims.Claim.Classification;
import org.claimrecovery.claims.Claim.Denial;
import org.claimrecovery.claims.Claim.InitialPayment;
import org.claimrecovery.claims.Claim.Payer;
import org.claimrecovery.claims.Claim.Provider;
import org.claimrecovery.claims.Claim.Review;
import org.claimrecovery.pathway.BilledAs;
import org.claimrecovery.pathway.Pathway;
import org.claimrecovery.pathway.PlanType;
import org.claimrecovery.pathway.ServiceCategory;

/**
 * A row of the claim table as it is stored, column by column (Spring's record mapping fills it by name), and
 * the one place a stored claim becomes a {@link Claim} with its parts.
 */
record ClaimRow(
    String id,
    String claimNumber,
    String payerId,
    String payerName,
    String payerEmail,
    String payerAddress,
    String providerNpi,
    String providerTin,
    String providerName,
    String patientAccount,
    PlanType planType,
    String planState,
    String serviceState,
    ServiceCategory serviceCategory,
    boolean noticeAndConsentObtained,
    BilledAs billedAs,
    boolean ancillaryService,
    boolean unforeseenUrgentNeed,
    boolean noParticipatingProviderAvailable,
    Boolean planElectedStateProcess,
    LocalDate serviceDate,
    LocalDate submittedOn,
    LocalDate initialPaymentReceivedOn,
    BigDecimal initialPaymentAmount,
    LocalDate denialReceivedOn,
    ClaimAdjustmentGroup denialGroupCode,
    String denialReasonCode,
    String denialDescription,
    Boolean nsaEligible,
    Pathway pathway,
    String stateLaw,
    String classificationNotes,
    ClaimStatus status,
    Stage stage,
    String reviewDecision,
    String reviewAcceptReason,
    String reviewNote,
    String reviewedBy,
    OffsetDateTime reviewedAt,
    String outcome,
    OffsetDateTime closedAt,
    String processInstanceId,
    String createdBy,
    OffsetDateTime createdAt) {

  Claim toClaim(List<ClaimLine> lines) {
    return new Claim(id, claimNumber, new Payer(payerId, payerName, payerEmail, payerAddress),
        new Provider(providerNpi, providerTin, providerName), patientAccount, planType, planState, serviceState,
        serviceCategory, noticeAndConsentObtained,
        new Circumstances(billedAs, ancillaryService, unforeseenUrgentNeed, noParticipatingProviderAvailable,
            planElectedStateProcess),
        serviceDate, submittedOn, List.copyOf(lines),
        initialPaymentReceivedOn == null ? null : new InitialPayment(initialPaymentReceivedOn, initialPaymentAmount),
        denialReceivedOn == null ? null : new Denial(denialReceivedOn, denialGroupCode, denialReasonCode, denialDescription),
        pathway == null ? null : new Classification(nsaEligible, pathway, stateLaw,
            classificationNotes == null ? List.of() : List.of(classificationNotes.split("\n"))), status, stage,
        reviewDecision == null ? null
            : new Review(reviewDecision, reviewAcceptReason, reviewNote, reviewedBy, instant(reviewedAt)),
        outcome, instant(closedAt), processInstanceId, createdBy, instant(createdAt));
  }

  private static java.time.Instant instant(OffsetDateTime at) {
    return at == null ? null : at.toInstant();
  }
}
