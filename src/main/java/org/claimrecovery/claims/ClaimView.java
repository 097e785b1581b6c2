package org.claimrecovery.claims;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.claimrecovery.claims.Claim.ClaimLine;
import org.claimrecovery.claims.Claim.Denial;
import org.claimrecovery.claims.Claim.InitialPayment;
import org.claimrecovery.claims.Claim.Payer;
import org.claimrecovery.claims.Claim.Provider;
import org.claimrecovery.claims.Claim.Review;
import org.claimrecovery.pathway.Pathway;
import org.claimrecovery.pathway.PlanType;
import org.claimrecovery.pathway.ServiceCategory;

/** A claim as the API shows it, with the totals a billing specialist looks at first. */
public record ClaimView(
    String id,
    String claimNumber,
    ClaimStatus status,
    Stage stage,
    String processInstanceId,
    Payer payer,
    Provider provider,
    String patientAccount,
    PlanType planType,
    String planState,
    String serviceState,
    ServiceCategory serviceCategory,
    boolean noticeAndConsentObtained,
    Claim.Circumstances circumstances,
    LocalDate serviceDate,
    LocalDate submittedOn,
    List<ClaimLine> lines,
    InitialPayment initialPayment,
    Denial denial,
    Boolean nsaEligible,
    Pathway pathway,
    String stateLaw,
    List<String> classificationNotes,
    Totals totals,
    Review review,
    String outcome,
    Instant closedAt,
    String createdBy,
    Instant createdAt,
    DisputeOutcomes.DisputeOutcome disputeOutcome) {

  public record Totals(BigDecimal billed, BigDecimal paid, BigDecimal qpa, BigDecimal amountAtStake) {}

  /** The claim as lists show it: without its dispute's outcome. */
  public static ClaimView of(Claim c) {
    return of(c, null);
  }

  /** @param disputeOutcome how its dispute ended; null while none has */
  public static ClaimView of(Claim c, DisputeOutcomes.DisputeOutcome disputeOutcome) {
    var classification = c.classification();
    return new ClaimView(c.id(), c.claimNumber(), c.status(), c.stage(), c.processInstanceId(), c.payer(),
        c.provider(), c.patientAccount(), c.planType(), c.planState(), c.serviceState(), c.serviceCategory(),
        c.noticeAndConsentObtained(), c.circumstances(), c.serviceDate(), c.submittedOn(), c.lines(), c.initialPayment(), c.denial(),
        classification == null ? null : classification.nsaEligible(),
        classification == null ? null : classification.pathway(),
        classification == null ? null : classification.stateLaw(),
        classification == null ? List.of() : classification.notes(),
        new Totals(c.totalBilled(), c.totalPaid(), c.totalQpa().orElse(null), c.amountAtStake()),
        c.review(), c.outcome(), c.closedAt(), c.createdBy(), c.createdAt(), disputeOutcome);
  }
}
