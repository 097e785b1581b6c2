package org.claimrecovery.claims;

import java.util.ArrayList;
import java.util.List;
import org.claimrecovery.claims.Claim.Classification;
import org.claimrecovery.deadlines.DeadlineRuleBook;
import org.claimrecovery.pathway.ClassificationRules.SpecifiedStateLaw;
import org.claimrecovery.pathway.ClassificationRules;
import org.claimrecovery.pathway.Pathway;
import org.claimrecovery.pathway.PlanType;
import org.claimrecovery.rules.RulesFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/**
 * Prepares the facts the dispute-pathway decision needs and records what it decided, with what a person must
 * check where the rules could not decide. The decision itself is the process owners' DMN table; the state laws,
 * their scopes and the denial codes are data.
 */
@Service
public class ClaimClassification {

  private final ClaimRepository claims;
  private final ClassificationRules rules;
  private final DeadlineRuleBook deadlineRules;

  ClaimClassification(ClaimRepository claims, @Value("${recovery.rules.classification}") Resource rulesFile,
      DeadlineRuleBook deadlineRules) {
    this.claims = claims;
    this.rules = RulesFile.read(rulesFile, ClassificationRules::load);
    this.deadlineRules = deadlineRules;
  }

  /**
   * The inputs of the dispute-pathway decision, and the notes the state law's scope leaves.
   *
   * @param consentCannotWaive the care is one for which notice and consent never waives the protections
   *                           (45 CFR 149.420(b)): ancillary, an unforeseen urgent need, or no participating provider
   */
  public record Facts(String serviceCategory, String planType, boolean noticeAndConsentObtained,
      boolean consentCannotWaive, boolean stateLawApplies, String stateLaw, boolean coverageDenial,
      boolean initialPaymentKnown, List<String> notes) {}

  public Facts factsFor(Claim claim) {
    var circumstances = claim.circumstances();
    var finding = rules.stateLawFor(new ClassificationRules.ClaimFacts(claim.serviceState(), claim.planState(),
        claim.planType(), claim.serviceCategory(), circumstances.billedAs(), circumstances.planElectedStateProcess(),
        claim.serviceDate()));
    boolean coverageDenial = claim.denial() != null && rules.isCoverageDenial(claim.denial().reasonCode());
    return new Facts(claim.serviceCategory().name(), claim.planType().name(), claim.noticeAndConsentObtained(),
        circumstances.consentCannotWaive(), finding.law().isPresent(),
        finding.law().map(SpecifiedStateLaw::state).orElse(null), coverageDenial, claim.paymentOrDenialKnown(),
        finding.notes());
  }

  /** Records the decided pathway with its notes; the case then waits for the payer or goes to review. */
  public Claim record(String claimId, boolean nsaEligible, Pathway pathway) {
    Claim claim = claims.findById(claimId).orElseThrow();
    var facts = factsFor(claim);
    String stateLaw = pathway.underStateLaw() ? facts.stateLaw() : null;
    Stage stage = claim.paymentOrDenialKnown() ? Stage.INITIAL_PAYMENT_REVIEW : Stage.AWAITING_INITIAL_PAYMENT;
    var classification = new Classification(nsaEligible, pathway, stateLaw, notes(claim, pathway, facts));
    claims.recordClassification(claimId, classification, stage);
    return claim.withClassification(classification, stage);
  }

  private List<String> notes(Claim claim, Pathway pathway, Facts facts) {
    List<String> notes = new ArrayList<>();
    if (claim.planType() == PlanType.OTHER) {
      notes.add("The plan type is not stated: the protections the law gives by plan type were applied as for a "
          + "private plan. Record the plan type before choosing a route.");
    }
    // a state law that does not govern the claim leaves no notes of its own to act on
    if (pathway == Pathway.FEDERAL_IDR || pathway.underStateLaw()) {
      notes.addAll(facts.notes());
    }
    notes.addAll(rules.notesFor(claim.planType()));
    if (pathway == Pathway.PUBLIC_PROGRAM && !deadlineRules.hasRoute(pathway, claim.planType())) {
      notes.add("No statutory route is configured for " + claim.planType().description() + " claims: the "
          + "No Surprises Act and the ERISA and ACA appeal rules do not govern them. A person chooses how to pursue "
          + "this claim under the programme's own rules.");
    }
    return notes;
  }
}
