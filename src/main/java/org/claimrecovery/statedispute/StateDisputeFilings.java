package org.claimrecovery.statedispute;

import java.util.List;
import org.claimrecovery.appeal.AppealLetters;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.correspondence.AppealLetter;
import org.claimrecovery.correspondence.Correspondence;
import org.claimrecovery.correspondence.CorrespondenceEntry;
import org.claimrecovery.correspondence.CorrespondenceKind;
import org.claimrecovery.correspondence.OpenNegotiationNotice;
import org.claimrecovery.correspondence.OutboundLetter;
import org.claimrecovery.correspondence.ProviderContact;
import org.claimrecovery.correspondence.StateDisputeFiling;
import org.claimrecovery.correspondence.StateDisputeFilingRenderer;
import org.claimrecovery.documents.DocumentStore;
import org.springframework.stereotype.Component;

/**
 * The filing package to the state's body (kind STATE_DISPUTE_FILING, round 0): a PDF with the claim, the provider,
 * the state's process, the payer's determination, our grounds and amount and the documents enclosed, addressed to the
 * body of rules/state-disputes.yaml and put in the outbox for a person to mail or upload; the ledger keeps it once
 * per case, also when the job is retried.
 */
@Component
public class StateDisputeFilings {

  private final StateDisputes disputes;
  private final ClaimRepository claims;
  private final DocumentStore documents;
  private final StateDisputeFilingRenderer renderer;
  private final Correspondence correspondence;
  private final ProviderContact provider;
  private final CaseClock clock;

  StateDisputeFilings(StateDisputes disputes, ClaimRepository claims, DocumentStore documents,
      StateDisputeFilingRenderer renderer, Correspondence correspondence, ProviderContact provider, CaseClock clock) {
    this.disputes = disputes;
    this.claims = claims;
    this.documents = documents;
    this.renderer = renderer;
    this.correspondence = correspondence;
    this.provider = provider;
    this.clock = clock;
  }

  /**
   * Puts the filing package in the outbox unless the ledger has it already.
   *
   * @throws IllegalStateException when the dispute has no grounds and amount prepared: nothing is sent
   */
  public CorrespondenceEntry send(String claimId) {
    Claim claim = claims.findById(claimId).orElseThrow();
    var dispute = disputes.of(claimId).filter(prepared -> prepared.grounds() != null && prepared.ourAmount() != null)
        .orElseThrow(() -> new IllegalStateException("claim " + claimId + ": the state dispute has no grounds and "
            + "amount prepared; its filing is not sent"));
    var process = disputes.processOf(dispute);
    var filing = new StateDisputeFiling(clock.today(), dispute.body(), dispute.process() + " (" + process.citation()
        + ")", claim.payer().name(), claim.claimNumber(), claim.serviceDate(),
        new OpenNegotiationNotice.Provider(claim.provider().name(), claim.provider().npi(), claim.provider().tin()),
        claim.lines().stream().map(line -> new AppealLetter.Line(line.serviceCode(), line.description(),
            line.billedAmount(), line.paidAmount())).toList(),
        AppealLetters.determination(claim), dispute.grounds(), dispute.ourAmount(),
        documents.list(claimId).stream().map(document -> document.type().name().replace('_', ' ').toLowerCase()
            + " (" + document.fileName() + ")").toList(),
        provider.asNoticeContact(), provider.asNoticeSigner());
    String body = "Dispute of claim " + claim.claimNumber() + " (" + claim.payer().name() + ") under "
        + dispute.process() + ", to " + dispute.body() + ", with the documents on file enclosed. File it by "
        + dispute.filingDueOn() + " and record the day and the body's reference.";
    return correspondence.send(new OutboundLetter(claimId, List.of(claimId), CorrespondenceKind.STATE_DISPUTE_FILING,
        0, process.body().channel(), dispute.body(), "State dispute filing for claim " + claim.claimNumber(), body,
        renderer.render(filing), "state-dispute-filing-" + claim.claimNumber() + ".pdf",
        "The state's dispute body in " + StateDisputeRules.DEFAULT_RESOURCE));
  }
}
