package org.claimrecovery.process.externalreview;

import static org.claimrecovery.process.CaseVariables.*;
import static org.claimrecovery.process.externalreview.ExternalReviewVariables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.claimrecovery.complaint.RegulatorComplaint.Cause;
import org.claimrecovery.complaint.RegulatorComplaints;
import org.claimrecovery.externalreview.ExternalReview.AfterUpheld;
import org.claimrecovery.externalreview.ExternalReviewSummaries;
import org.claimrecovery.externalreview.ExternalReviews;
import org.claimrecovery.process.DecisionRefused;
import org.claimrecovery.process.RecordedFacts;
import org.springframework.stereotype.Component;

/**
 * A supervisor's choice after an upheld review (afterUpheldChoice, afterUpheldNote): CLOSE closes the case as
 * EXTERNAL_REVIEW_LOST (externalReviewResult LOST), COMPLAINT sends it to a complaint to the regulator of the plan
 * (externalReviewResult COMPLAINT, complaintCause ADVERSE_DECISION), refused where rules/regulators.yaml names none
 * for the claim.
 */
@Component
class RecordAfterUpheldDelegate implements JavaDelegate {

  private final ExternalReviews reviews;
  private final ExternalReviewSummaries summaries;
  private final RegulatorComplaints complaints;
  private final IdentityService identityService;

  RecordAfterUpheldDelegate(ExternalReviews reviews, ExternalReviewSummaries summaries,
      RegulatorComplaints complaints, IdentityService identityService) {
    this.complaints = complaints;
    this.reviews = reviews;
    this.summaries = summaries;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimId = (String) execution.getVariable(CLAIM_ID);
    AfterUpheld choice;
    try {
      choice = AfterUpheld.valueOf(String.valueOf(execution.getVariable(AFTER_UPHELD_CHOICE)));
    } catch (IllegalArgumentException unknown) {
      throw new DecisionRefused(AFTER_UPHELD_CHOICE, "afterUpheldChoice must be CLOSE or COMPLAINT.");
    }
    if (choice == AfterUpheld.COMPLAINT) {
      RecordedFacts.recording(AFTER_UPHELD_CHOICE, () -> {
        complaints.requireRegulator(claimId, AFTER_UPHELD_CHOICE);
        return null;
      });
    }
    Object note = execution.getVariable(AFTER_UPHELD_NOTE);
    RecordedFacts.recording(AFTER_UPHELD_CHOICE, () -> reviews.afterUpheld(claimId, choice,
        note == null ? null : note.toString(), RecordedFacts.user(identityService)));
    execution.setVariable(EXTERNAL_REVIEW_RESULT, choice == AfterUpheld.CLOSE ? "LOST" : "COMPLAINT");
    if (choice == AfterUpheld.COMPLAINT) {
      execution.setVariable(COMPLAINT_CAUSE, Cause.ADVERSE_DECISION.name());
    }
    execution.setVariable(EXTERNAL_REVIEW_SUMMARY, summaries.of(claimId));
  }
}
