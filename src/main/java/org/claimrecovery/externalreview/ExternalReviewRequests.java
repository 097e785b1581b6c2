package org.claimrecovery.externalreview;

import java.time.LocalDate;
import java.util.List;
import org.claimrecovery.appeal.AppealLetters;
import org.claimrecovery.appeal.AppealLevel;
import org.claimrecovery.appeal.InternalAppeals;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.correspondence.AppealLetter;
import org.claimrecovery.correspondence.Correspondence;
import org.claimrecovery.correspondence.CorrespondenceEntry;
import org.claimrecovery.correspondence.CorrespondenceKind;
import org.claimrecovery.correspondence.ExternalReviewRequest;
import org.claimrecovery.correspondence.ExternalReviewRequestRenderer;
import org.claimrecovery.correspondence.OpenNegotiationNotice;
import org.claimrecovery.correspondence.OutboundLetter;
import org.claimrecovery.correspondence.ProviderContact;
import org.claimrecovery.documents.DocumentStore;
import org.claimrecovery.documents.StoredDocument;
import org.springframework.stereotype.Component;

/**
 * The request package to the reviewer (kind EXTERNAL_REVIEW_REQUEST, round 0): a PDF with the claim, the provider,
 * the final internal adverse determination and its date, our grounds and the documents enclosed, addressed to the
 * reviewer staff named and put in the outbox for a person to mail or upload (a reviewer takes no e-mail from us); the
 * ledger keeps it once per case, also when the job is retried.
 */
@Component
public class ExternalReviewRequests {

  private final ExternalReviews reviews;
  private final InternalAppeals appeals;
  private final ClaimRepository claims;
  private final DocumentStore documents;
  private final ExternalReviewRequestRenderer renderer;
  private final Correspondence correspondence;
  private final ProviderContact provider;
  private final CaseClock clock;

  ExternalReviewRequests(ExternalReviews reviews, InternalAppeals appeals, ClaimRepository claims,
      DocumentStore documents, ExternalReviewRequestRenderer renderer, Correspondence correspondence,
      ProviderContact provider, CaseClock clock) {
    this.reviews = reviews;
    this.appeals = appeals;
    this.claims = claims;
    this.documents = documents;
    this.renderer = renderer;
    this.correspondence = correspondence;
    this.provider = provider;
    this.clock = clock;
  }

  /**
   * Puts the request package in the outbox unless the ledger has it already.
   *
   * @throws IllegalStateException when the review has no grounds or reviewer prepared, or no signer is configured:
   *     nothing is sent
   */
  public CorrespondenceEntry send(String claimId) {
    Claim claim = claims.findById(claimId).orElseThrow();
    var review = reviews.of(claimId).filter(prepared -> prepared.grounds() != null && prepared.reviewer() != null)
        .orElseThrow(() -> new IllegalStateException("claim " + claimId + ": the external review has no grounds "
            + "and reviewer prepared; its request is not sent"));
    var request = request(claim, review, appeals.levels(claimId), documents.list(claimId), provider, clock.today());
    String body = "Request for external review of claim " + claim.claimNumber() + " (" + claim.payer().name()
        + "), to " + review.reviewer() + ", with the documents on file enclosed. Send it by "
        + review.requestDueOn() + " and record the day and the proof.";
    return correspondence.send(new OutboundLetter(claimId, List.of(claimId), CorrespondenceKind.EXTERNAL_REVIEW_REQUEST,
        0, review.channel(), review.reviewer(), "Request for external review of claim " + claim.claimNumber(), body,
        renderer.render(request), "external-review-request-" + claim.claimNumber() + ".pdf",
        "The reviewer staff named from the plan's final internal adverse determination"));
  }

  static ExternalReviewRequest request(Claim claim, ExternalReview review, List<AppealLevel> levels,
      List<StoredDocument> onFile, ProviderContact provider, LocalDate today) {
    var last = levels.isEmpty() ? null : levels.get(levels.size() - 1);
    return new ExternalReviewRequest(today, review.reviewer(), claim.payer().name(), claim.claimNumber(),
        claim.serviceDate(), new OpenNegotiationNotice.Provider(claim.provider().name(), claim.provider().npi(),
            claim.provider().tin()),
        claim.lines().stream().map(line -> new AppealLetter.Line(line.serviceCode(), line.description(),
            line.billedAmount(), line.paidAmount())).toList(),
        AppealLetters.determination(claim), finalDetermination(last), last == null ? null : last.decidedOn(),
        review.grounds(),
        onFile.stream().map(document -> document.type().name().replace('_', ' ').toLowerCase() + " ("
            + document.fileName() + ")").toList(),
        provider.asNoticeContact(), provider.asNoticeSigner());
  }

  /** The plan's final internal adverse determination, as its internal appeal recorded it. */
  static String finalDetermination(AppealLevel last) {
    if (last == null || last.decision() == null) {
      return "Not recorded on the case";
    }
    return switch (last.decision()) {
      case UPHELD -> "The plan upheld its determination on the level " + last.level() + " appeal";
      case NO_DECISION -> "The plan did not decide the level " + last.level() + " appeal by " + last.decisionDueOn()
          + ": the internal appeal counts as exhausted (29 CFR 2560.503-1(l))";
      case PARTIALLY_OVERTURNED -> "The plan reversed its determination only in part on the level " + last.level()
          + " appeal";
      case OVERTURNED -> "The plan reversed its determination on the level " + last.level() + " appeal";
    };
  }
}
