package org.claimrecovery.claims;

import java.time.LocalDate;
import java.util.List;
import org.claimrecovery.claims.Claim.ClaimLine;
import org.claimrecovery.claims.Claim.Denial;
import org.claimrecovery.claims.Claim.InitialPayment;
import org.claimrecovery.claims.Claim.Payer;
import org.claimrecovery.claims.Claim.Provider;
import org.claimrecovery.pathway.PlanType;
import org.claimrecovery.pathway.ServiceCategory;

/** A validated claim, ready to become a case. */
public record NewClaim(
    String claimNumber,
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
    Denial denial) {}
