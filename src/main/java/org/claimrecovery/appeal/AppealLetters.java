package org.claimrecovery.appeal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import org.claimrecovery.claims.Claim.ClaimLine;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.correspondence.AppealLetter;
import org.claimrecovery.correspondence.AppealLetterRenderer;
import org.claimrecovery.correspondence.Correspondence;
import org.claimrecovery.correspondence.CorrespondenceEntry;
import org.claimrecovery.correspondence.CorrespondenceKind;
import org.claimrecovery.correspondence.LetterTemplate;
import org.claimrecovery.correspondence.OpenNegotiationNotice;
import org.claimrecovery.correspondence.OutboundLetter;
import org.claimrecovery.correspondence.ProviderContact;
import org.claimrecovery.documents.DocumentStore;
import org.claimrecovery.documents.StoredDocument;
import org.claimrecovery.negotiation.LetterRoutes;
import org.claimrecovery.text.Words;
import org.springframework.stereotype.Component;

/**
 * The appeal's letter to the payer (kind APPEAL_LETTER, round = the level): a PDF with the claim, the determination
 * appealed, our grounds and evidence and the list of enclosures (the documents on file), sent where the payer wants
 * our letters ({@link LetterRoutes}); the ledger sends it once per case, kind and level, also when the job is
 * retried. The e-mail's words are in {@code templates/appeal-letter-email.txt}.
 */
@Component
public class AppealLetters {

  static final LetterTemplate EMAIL = LetterTemplate.named("appeal-letter-email.txt");

  private final InternalAppeals appeals;
  private final ClaimRepository claims;
  private final DocumentStore documents;
  private final LetterRoutes routes;
  private final AppealLetterRenderer renderer;
  private final Correspondence correspondence;
  private final ProviderContact provider;
  private final CaseClock clock;

  AppealLetters(InternalAppeals appeals, ClaimRepository claims, DocumentStore documents, LetterRoutes routes,
      AppealLetterRenderer renderer, Correspondence correspondence, ProviderContact provider, CaseClock clock) {
    this.appeals = appeals;
    this.claims = claims;
    this.documents = documents;
    this.routes = routes;
    this.renderer = renderer;
    this.correspondence = correspondence;
    this.provider = provider;
    this.clock = clock;
  }

  /**
   * Sends the level's letter unless the ledger has it already; a letter for the outbox waits there for a person.
   *
   * @throws IllegalStateException when the level has no grounds prepared or no signer is configured: nothing is sent
   */
  public CorrespondenceEntry send(String claimId, int level) {
    Claim claim = claims.findById(claimId).orElseThrow();
    var appeal = appeals.levels(claimId).stream().filter(prepared -> prepared.level() == level
            && prepared.grounds() != null).findFirst()
        .orElseThrow(() -> new IllegalStateException("claim " + claimId + ": the appeal at level " + level
            + " has no grounds prepared; its letter is not sent"));
    var route = routes.of(claim);
    var letter = letter(claim, appeal, documents.list(claimId), route.recipient(), provider, clock.today());
    var values = new HashMap<String, Object>();
    values.put("level", level);
    values.put("claimNumber", claim.claimNumber());
    values.put("serviceDate", claim.serviceDate());
    values.put("determination", letter.determination());
    values.put("signedBy", letter.signer().role() == null || letter.signer().role().isBlank()
        ? letter.signer().name() : letter.signer().name() + ", " + letter.signer().role().strip());
    values.put("providerName", provider.name());
    values.put("providerEmail", provider.email());
    values.put("providerPhone", provider.phone());
    return correspondence.send(new OutboundLetter(claimId, List.of(claimId), CorrespondenceKind.APPEAL_LETTER, level,
        route.channel(), route.recipient(), EMAIL.subject(values), EMAIL.body(values), renderer.render(letter),
        "appeal-level-" + level + "-" + claim.claimNumber() + ".pdf", route.basis()));
  }

  static AppealLetter letter(Claim claim, AppealLevel appeal, List<StoredDocument> onFile, String payerContact,
      ProviderContact provider, LocalDate today) {
    return new AppealLetter(appeal.level(), today, claim.payer().name(), payerContact, claim.claimNumber(),
        claim.serviceDate(), new OpenNegotiationNotice.Provider(claim.provider().name(), claim.provider().npi(),
            claim.provider().tin()),
        claim.lines().stream().map(line -> new AppealLetter.Line(line.serviceCode(), line.description(),
            line.billedAmount(), line.paidAmount())).toList(),
        determination(claim), appeal.grounds(), appeal.evidence(),
        onFile.stream().map(document -> document.type().name().replace('_', ' ').toLowerCase() + " ("
            + document.fileName() + ")").toList(),
        provider.asNoticeContact(), provider.asNoticeSigner());
  }

  /** The determination appealed, as the claim records it. */
  public static String determination(Claim claim) {
    if (claim.denial() != null) {
      return "Denied on " + Words.day(claim.denial().receivedOn()) + ", reason code " + claim.denial().code()
          + (claim.denial().description() == null ? "" : " (" + claim.denial().description() + ")");
    }
    var paid = claim.lines().stream().map(ClaimLine::paidOrZero).reduce(BigDecimal.ZERO, BigDecimal::add);
    return "Paid " + Words.money(paid) + " of " + Words.money(claim.totalBilled()) + " billed"
        + (claim.initialPayment() == null ? "" : ", received " + Words.day(claim.initialPayment().receivedOn()));
  }
}
