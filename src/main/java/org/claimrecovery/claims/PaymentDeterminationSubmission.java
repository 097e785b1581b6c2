package org.claimrecovery.claims;

import java.util.List;
import org.claimrecovery.claims.ClaimSubmission.DenialPart;
import org.claimrecovery.claims.ClaimSubmission.LinePart;
import org.claimrecovery.claims.ClaimSubmission.PaymentPart;

/**
 * The payer's initial payment or denial arriving after intake, with the per-line paid amounts and
 * QPAs from the remittance (lines in the claim's order; billed amounts, codes and descriptions are ignored: the claim keeps its own).
 */
public record PaymentDeterminationSubmission(PaymentPart initialPayment, DenialPart denial, List<LinePart> lines) {}
