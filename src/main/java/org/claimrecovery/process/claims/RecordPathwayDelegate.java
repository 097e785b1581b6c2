package org.claimrecovery.process.claims;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.claims.ClassificationVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.claimrecovery.claims.ClaimClassification;
import org.claimrecovery.deadlines.CaseDeadlines;
import org.claimrecovery.pathway.Pathway;
import org.claimrecovery.review.InitialPaymentReview;
import org.claimrecovery.review.MissedPaymentNotice;
import org.springframework.stereotype.Component;

/** Records the pathway the decision table chose and prepares what the next task shows. */
@Component
class RecordPathwayDelegate implements JavaDelegate {

  private final ClaimClassification classification;
  private final CaseDeadlines deadlines;
  private final InitialPaymentReview review;

  RecordPathwayDelegate(ClaimClassification classification, CaseDeadlines deadlines, InitialPaymentReview review) {
    this.classification = classification;
    this.deadlines = deadlines;
    this.review = review;
  }

  @Override
  public void execute(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    var decided = (Map<String, Object>) execution.getVariable(CLASSIFICATION);
    boolean nsaEligible = Boolean.TRUE.equals(decided.get(NSA_ELIGIBLE));
    Pathway pathway = Pathway.valueOf((String) decided.get(PATHWAY));
    var claim = classification.record((String) execution.getVariable(CLAIM_ID), nsaEligible, pathway);

    execution.setVariable(NSA_ELIGIBLE, nsaEligible);
    execution.setVariable(PATHWAY, pathway.name());
    // read by the next gateway only; the claim keeps the fact
    execution.setVariable(INITIAL_PAYMENT_KNOWN, Variables.booleanValue(claim.paymentOrDenialKnown(), true));
    execution.removeVariable(CLASSIFICATION);
    var next = claim.paymentOrDenialKnown()
        ? deadlines.currentProviderDeadline(claim.id())
        : deadlines.nextOpenDeadline(claim.id());
    // a day as people read it in Tasklist's "Next deadline" column, not an instant in UTC
    execution.setVariable(NEXT_DEADLINE, next.map(deadline -> deadline.dueOn().toString()).orElse(null));
    if (claim.paymentOrDenialKnown()) {
      execution.setVariable(REVIEW_SUMMARY, review.summary(claim, next));
    } else {
      execution.setVariable(PAYMENT_OVERDUE_SUMMARY, MissedPaymentNotice.summary(claim, next));
    }
  }
}
