package org.claimrecovery.claims;

import java.time.Instant;
import java.util.UUID;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.deadlines.CaseEvents;
import org.claimrecovery.deadlines.DeadlineRuleBook;
import org.claimrecovery.refusal.RequestRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns claims into cases. Storing the claim and starting its process happen in one transaction: either
 * both exist or neither does. Logs name claims by id only, never the patient.
 */
@Service
public class ClaimIntake {

  private static final Logger log = LoggerFactory.getLogger(ClaimIntake.class);

  private final ClaimRepository claims;
  private final CaseWorkflow workflow;
  private final CaseClock clock;
  private final TransactionTemplate transaction;
  private final DeadlineRuleBook rules;

  ClaimIntake(ClaimRepository claims, CaseWorkflow workflow, CaseClock clock, TransactionTemplate transaction,
      DeadlineRuleBook rules) {
    this.claims = claims;
    this.workflow = workflow;
    this.clock = clock;
    this.transaction = transaction;
    this.rules = rules;
  }

  public record Intake(Claim claim, boolean created) {}

  /** Opens a case, or answers with the existing one when the payer's claim number is known already. */
  public Intake submit(ClaimSubmission submission, String user) {
    NewClaim claim = ClaimValidator.validate(submission, clock.today(), rules.earliestEffectiveDate());
    try {
      Claim created = transaction.execute(status -> open(claim, user));
      log.info("Opened case {} (process instance {})", created.id(), created.processInstanceId());
      return new Intake(created, true);
    } catch (DuplicateKeyException knownClaim) {
      // posted before, or by a concurrent request: the unique constraint decides, nothing was stored
      return new Intake(claims.findByPayerClaimNumber(claim.payer().id(), claim.claimNumber()).orElseThrow(), false);
    }
  }

  private Claim open(NewClaim claim, String user) {
    String id = UUID.randomUUID().toString();
    Instant now = clock.now();
    claims.insert(id, claim, user, now);
    claims.recordEvent(id, CaseEvents.CLAIM_RECEIVED_BY_PAYER, claim.submittedOn(), user, now);
    if (claim.initialPayment() != null || claim.denial() != null) {
      var receivedOn = claim.initialPayment() != null ? claim.initialPayment().receivedOn() : claim.denial().receivedOn();
      claims.recordEvent(id, CaseEvents.INITIAL_PAYMENT_OR_DENIAL_RECEIVED, receivedOn, user, now);
    }
    String processInstanceId = workflow.start(Claim.opened(id, claim, user, now));
    claims.recordProcessInstance(id, processInstanceId);
    return claims.findById(id).orElseThrow();
  }

  /** Records the payer's initial payment or denial and lets the waiting case go on. */
  public Claim recordPaymentDetermination(String claimId, PaymentDeterminationSubmission submission, String user) {
    return transaction.execute(status -> {
      Claim claim = claims.findById(claimId).orElseThrow(() -> RequestRejected.notFound("Claim " + claimId));
      if (claim.paymentOrDenialKnown()) {
        throw RequestRejected.conflict("Already recorded",
            "The claim's initial payment or denial was recorded already");
      }
      PaymentDetermination determination = ClaimValidator.validate(submission, claim, clock.today(),
          rules.earliestEffectiveDate());
      claims.recordPaymentDetermination(claimId, determination);
      var receivedOn = determination.payment() != null
          ? determination.payment().receivedOn() : determination.denial().receivedOn();
      claims.recordEvent(claimId, CaseEvents.INITIAL_PAYMENT_OR_DENIAL_RECEIVED, receivedOn, user, clock.now());
      Claim updated = claims.findById(claimId).orElseThrow();
      workflow.paymentDeterminationReceived(updated);
      return claims.findById(claimId).orElseThrow();
    });
  }
}
