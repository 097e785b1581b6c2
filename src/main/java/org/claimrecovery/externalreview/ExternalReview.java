package org.claimrecovery.externalreview;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.claimrecovery.correspondence.Channel;

/**
 * A claim's external review as it stands.
 *
 * @param reviewer      the independent review organization or state office staff named, with the address or portal
 *                      the request package goes to
 * @param channel       how the package goes: MAIL or REVIEW_PORTAL (the reviewer's own portal)
 * @param requestDueOn  the last day to request it: EXTERNAL_REVIEW_REQUEST (4 months after the final internal adverse
 *                      determination)
 * @param decisionDueOn the last day for the reviewer's decision, fixed when the review was requested
 *                      (EXTERNAL_REVIEW_DECISION); null where no rule in force gives the reviewer one
 * @param note          who held the request when it was missed, or what a supervisor chose after an upheld review
 */
public record ExternalReview(String claimId, Status status, String grounds, String reviewer, Channel channel,
    LocalDate requestDueOn, LocalDate requestedOn, LocalDate decisionDueOn, Decision decision,
    BigDecimal decidedAmount, LocalDate decidedOn, String note) {

  public enum Status { PREPARING, REQUESTED, DECIDED, MISSED }

  /** What the reviewer decided: OVERTURNED the payer's determination, or UPHELD it. */
  public enum Decision { OVERTURNED, UPHELD }

  /** What a supervisor does after an upheld review: close the case as lost, or complain to the state regulator. */
  public enum AfterUpheld { CLOSE, COMPLAINT }

  ExternalReview with(Status status, String note) {
    return new ExternalReview(claimId, status, grounds, reviewer, channel, requestDueOn, requestedOn, decisionDueOn,
        decision, decidedAmount, decidedOn, note);
  }
}
