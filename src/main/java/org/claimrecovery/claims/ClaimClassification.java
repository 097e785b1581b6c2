package org.claimrecovery.claims;

import org.claimrecovery.claims.Claim.Classification;
import org.claimrecovery.pathway.ClassificationRules;
import org.claimrecovery.pathway.Pathway;
import org.claimrecovery.rules.RulesFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/**
 * Prepares the facts the dispute-pathway decision needs and records what it decided. The decision
 * itself is the process owners' DMN table; the state laws and denial codes are data.
 */
@Service
public class ClaimClassification {

  private final ClaimRepository claims;
  private final ClassificationRules rules;

  ClaimClassification(ClaimRepository claims, @Value("${recovery.rules.classification}") Resource rulesFile) {
    this.claims = claims;
    this.rules = RulesFile.read(rulesFile, ClassificationRules::load);
  }

  /** The inputs of the dispute-pathway decision. */
  public record Facts(String serviceCategory, String planType, boolean noticeAndConsentObtained,
      boolean stateLawApplies, String stateLaw, boolean coverageDenial, boolean initialPaymentKnown) {}

  public Facts factsFor(Claim claim) {
    var stateLaw = rules.stateLawFor(claim.serviceState(), claim.planState(), claim.planType().name(),
        claim.serviceDate());
    boolean coverageDenial = claim.denial() != null && rules.isCoverageDenial(claim.denial().reasonCode());
    return new Facts(claim.serviceCategory().name(), claim.planType().name(), claim.noticeAndConsentObtained(),
        stateLaw.isPresent(), stateLaw.map(ClassificationRules.SpecifiedStateLaw::state).orElse(null),
        coverageDenial, claim.paymentOrDenialKnown());
  }

  /** Records the decided pathway; the case then waits for the payer or goes to review. */
  public Claim record(String claimId, boolean nsaEligible, Pathway pathway) {
    Claim claim = claims.findById(claimId).orElseThrow();
    String stateLaw = pathway.underStateLaw() ? factsFor(claim).stateLaw() : null;
    Stage stage = claim.paymentOrDenialKnown() ? Stage.INITIAL_PAYMENT_REVIEW : Stage.AWAITING_INITIAL_PAYMENT;
    var classification = new Classification(nsaEligible, pathway, stateLaw);
    claims.recordClassification(claimId, classification, stage);
    return claim.withClassification(classification, stage);
  }
}
