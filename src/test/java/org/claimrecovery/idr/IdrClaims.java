package org.claimrecovery.idr;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimStatus;
import org.claimrecovery.claims.Stage;
import org.claimrecovery.pathway.PlanType;
import org.claimrecovery.pathway.ServiceCategory;

/** Test claims for the federal IDR stage. */
final class IdrClaims {

  private IdrClaims() {}

  static Claim claim(List<Claim.ClaimLine> lines) {
    return new Claim("c1", "CLM-1", new Claim.Payer("P1", "Acme Health", "claims@acme.test", "PO Box 9"),
        new Claim.Provider("1234567893", "123456789", "Riverside Emergency Physicians"), null,
        PlanType.FULLY_INSURED, "TX", "TX", ServiceCategory.EMERGENCY, false, Claim.Circumstances.NONE_STATED,
        LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 12), lines,
        new Claim.InitialPayment(LocalDate.of(2026, 2, 1), lines.stream().map(Claim.ClaimLine::paidOrZero)
            .reduce(BigDecimal.ZERO, BigDecimal::add)), null, null, ClaimStatus.OPEN, Stage.FEDERAL_IDR, null,
        null, null, null, "test", Instant.parse("2026-01-12T10:00:00Z"));
  }

  static Claim.ClaimLine line(int number, String code, String billed, String paid, String qpa) {
    return new Claim.ClaimLine(number, code, new BigDecimal(billed), new BigDecimal(paid),
        qpa == null ? null : new BigDecimal(qpa));
  }
}
