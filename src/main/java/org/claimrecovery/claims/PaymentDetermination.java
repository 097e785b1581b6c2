package org.claimrecovery.claims;

import java.util.List;
import org.claimrecovery.claims.Claim.ClaimLine;
import org.claimrecovery.claims.Claim.Denial;
import org.claimrecovery.claims.Claim.InitialPayment;

/** A validated initial payment or denial, with the lines as they now stand. */
public record PaymentDetermination(InitialPayment payment, Denial denial, List<ClaimLine> lines) {}
