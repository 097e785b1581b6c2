package org.claimrecovery.review;

import java.util.Optional;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.deadlines.Deadline;
import org.claimrecovery.text.Markdown;
import org.claimrecovery.text.Words;

/** What a supervisor needs to know when the payer lets its initial-payment deadline pass. */
public final class MissedPaymentNotice {

  private MissedPaymentNotice() {}

  public static String summary(Claim claim, Optional<Deadline> payerDeadline) {
    var md = new StringBuilder();
    md.append("**Submitted** ").append(Words.day(claim.submittedOn()))
        .append(" · **Billed** ").append(InitialPaymentReview.money(claim.totalBilled())).append("\n\n");
    payerDeadline.ifPresent(deadline -> md.append("The payer had to pay or deny by **").append(Words.day(deadline.dueOn()))
        .append("** (").append(Markdown.text(deadline.citation())).append("). ")
        .append("No payment or denial is recorded. Contact the payer or complain to the regulator, and record it.\n"));
    return Markdown.bounded(md.toString(), "the claim in the API (GET /api/claims/" + claim.id() + ")");
  }
}
