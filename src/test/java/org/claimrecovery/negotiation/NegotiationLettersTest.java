package org.claimrecovery.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimAdjustmentGroup;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.correspondence.Channel;
import org.claimrecovery.correspondence.CorrespondenceKind;
import org.claimrecovery.correspondence.NoticeRenderer;
import org.claimrecovery.correspondence.ProviderContact;
import org.claimrecovery.negotiation.Conversation.Member;
import org.claimrecovery.negotiation.Negotiation.Kind;
import org.claimrecovery.negotiation.Negotiation.Party;
import org.claimrecovery.negotiation.Negotiation.Round;
import org.junit.jupiter.api.Test;

/** Every letter of a negotiation, filled from its template for a bundle of two claims. */
class NegotiationLettersTest {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 2);
  static final PayerNegotiationRules.Route MAIL = new PayerNegotiationRules.Route(Channel.MAIL, "PO Box 1",
      "the postal address the payer named on claim CLM-1");

  static final CaseClock CLOCK = new CaseClock(Clock.fixed(Instant.parse("2026-06-02T14:00:00Z"), ZoneId.of("UTC")),
      ZoneId.of("America/New_York"));

  final NegotiationLetters letters = new NegotiationLetters(new NoticeRenderer(),
      new ProviderContact("Riverside Emergency Physicians", "billing@riverside.test", "(555) 010-0000", "1 Way",
          "Jordan Reyes", "Revenue Cycle Manager"),
      CLOCK);

  final Claim paid = NegotiationPreparationTest.claim();
  final Claim denied = withDenial(claimNumbered("CLM-2", "c2"));
  final Conversation bundle = new Conversation(List.of(
      new Member(paid, negotiation("c1", "1800.00", "Level 5 visit; market median 1,900")),
      new Member(denied, negotiation("c2", "1200.00", null))));

  @Test
  void theNegotiationLetterNamesEachClaimsFactsOfferAndTheAnswerDay() {
    var letter = letters.negotiationLetter(bundle, MAIL, LocalDate.of(2026, 7, 2));

    assertThat(letter.kind()).isEqualTo(CorrespondenceKind.NEGOTIATION_LETTER);
    assertThat(letter.claimIds()).containsExactly("c1", "c2");
    assertThat(letter.subject()).isEqualTo("Request to negotiate the payment of claims CLM-1, CLM-2");
    assertThat(letter.body()).contains(
        "Claim CLM-1, service date 2026-04-20", "You paid $600.00 (received 2026-06-01).",
        "- 99285: billed $2,400.00, paid $600.00", "We offer to settle the claim at $1,800.00 in total.",
        "Level 5 visit; market median 1,900",
        "Claim CLM-2", "You denied the claim (reason CO-50 Not medically necessary, received 2026-05-20).",
        "We offer to settle the claim at $1,200.00 in total.",
        "Please answer by 2026-07-02", "Riverside Emergency Physicians")
        .doesNotContain("{{", "Patient account");
  }

  @Test
  void theNoticeEmailCarriesTheStandardNoticeAsAPdfAndNamesTheOffers() {
    var letter = letters.notice(new Conversation(List.of(bundle.members().get(0))), MAIL);

    assertThat(letter.subject()).isEqualTo("Open Negotiation Notice, claim CLM-1");
    assertThat(letter.body()).contains("45 CFR 149.510(b)(1) for claim CLM-1", "- claim CLM-1: $1,800.00");
    assertThat(letter.pdf()).startsWith("%PDF".getBytes());
    assertThat(letter.round()).isZero();
  }

  @Test
  void theNoticeEmailOffersAPaperCopyIsSignedAndTakesTheRoutesBasisToTheLedger() throws Exception {
    var email = new PayerNegotiationRules.Route(Channel.EMAIL, "claims@acme.example",
        "the payer's own designation: the e-mail address it named as its contact on claim CLM-1");

    var letter = letters.notice(new Conversation(List.of(bundle.members().get(0))), email);

    assertThat(letter.body()).contains("If you would like a paper copy of this notice, ask us and we will send one "
        + "free of charge:\nRiverside Emergency Physicians, billing@riverside.test, (555) 010-0000, 1 Way.",
        "Jordan Reyes, Revenue Cycle Manager").doesNotContain("{{");
    assertThat(letter.deliveryBasis()).isEqualTo(email.basis());
    // the claim's provider initiates; its line has no description: code and category
    assertThat(pdfText(letter.pdf())).contains(
        "Riverside (NPI 1234567893, TIN 12-3456789) initiates open negotiation",
        "Description of the item or service Emergency service, service code 99285",
        "Signed for the initiating party by Jordan Reyes");
  }

  @Test
  void noNoticeWithoutASigner() {
    var unsigned = new NegotiationLetters(new NoticeRenderer(),
        new ProviderContact("Riverside Emergency Physicians", "billing@riverside.test", "(555) 010-0000", "1 Way",
            null, "Revenue Cycle Manager"), CLOCK);

    assertThatThrownBy(() -> unsigned.notice(new Conversation(List.of(bundle.members().get(0))), MAIL))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("recovery.provider.contact.signer-name is not configured");
  }

  @Test
  void aFollowUpRepeatsOurLatestOfferPerClaim() {
    var letter = letters.followUp(bundle, MAIL, 1, TODAY.minusDays(15));

    assertThat(letter.subject()).isEqualTo("Follow-up: our offer for claims CLM-1, CLM-2");
    assertThat(letter.body()).contains("sent on 2026-05-18",
        "- claim CLM-1 (service date 2026-04-20): $1,800.00", "- claim CLM-2 (service date 2026-04-20): $1,200.00");
  }

  @Test
  void aCounterofferUnderTheNsaCitesTheOpenNegotiationAndSplitsTheTotal() {
    var letter = letters.counteroffer(bundle, MAIL, 1, new BigDecimal("2700.00"),
        List.of(new BigDecimal("1620.00"), new BigDecimal("1080.00")), true);

    assertThat(letter.subject()).isEqualTo("Counteroffer 1, claims CLM-1, CLM-2");
    assertThat(letter.body()).contains("open negotiation of claims CLM-1, CLM-2 under 45 CFR 149.510(b)(1)(ii)",
        "$2,700.00", "- claim CLM-1: $1,620.00", "- claim CLM-2: $1,080.00");
  }

  private static Negotiation negotiation(String claimId, String target, String justification) {
    return new Negotiation("n-" + claimId, claimId, NegotiationStatus.OPEN, new BigDecimal(target), List.of(),
        justification, "MAIL", null, TODAY, null, null, null, null,
        List.of(new Round(0, Party.PROVIDER, Kind.OFFER, new BigDecimal(target), TODAY, null)));
  }

  private Claim claimNumbered(String number, String id) {
    return new Claim(id, number, paid.payer(), paid.provider(), null, paid.planType(), paid.planState(),
        paid.serviceState(), paid.serviceCategory(), false, Claim.Circumstances.NONE_STATED,
        paid.serviceDate(), paid.submittedOn(), paid.lines(),
        null, null, null, paid.status(), paid.stage(), null, null, null, null, "test", paid.createdAt());
  }

  private static Claim withDenial(Claim claim) {
    return new Claim(claim.id(), claim.claimNumber(), claim.payer(), claim.provider(), null, claim.planType(),
        claim.planState(), claim.serviceState(), claim.serviceCategory(), false, Claim.Circumstances.NONE_STATED,
        claim.serviceDate(),
        claim.submittedOn(), claim.lines(), null,
        new Claim.Denial(LocalDate.of(2026, 5, 20), ClaimAdjustmentGroup.CO, "50", "Not medically necessary"), null, claim.status(),
        claim.stage(), null, null, null, null, "test", claim.createdAt());
  }

  private static String pdfText(byte[] pdf) throws java.io.IOException {
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
