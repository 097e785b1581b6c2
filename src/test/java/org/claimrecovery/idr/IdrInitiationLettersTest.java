package org.claimrecovery.idr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.idr.IdrClaims.claim;
import static org.claimrecovery.idr.IdrClaims.line;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.correspondence.Channel;
import org.claimrecovery.correspondence.CorrespondenceKind;
import org.claimrecovery.correspondence.IdrInitiationNotice;
import org.claimrecovery.correspondence.ProviderContact;
import org.claimrecovery.idr.IdrDispute.Status;
import org.claimrecovery.negotiation.PayerNegotiationRules;
import org.junit.jupiter.api.Test;

/** The notice of IDR initiation from a prepared dispute: our offer over the lines, and the letter around it. */
class IdrInitiationLettersTest {

  static final ProviderContact PROVIDER = new ProviderContact("Riverside Billing", "billing@riverside.test",
      "(555) 010-0000", "1 River Way", "Jordan Reyes", "Revenue Cycle Manager");
  static final PayerNegotiationRules.Route ROUTE = new PayerNegotiationRules.Route(Channel.EMAIL,
      "disputes@acme.test", "where the open negotiation notice went: the payer's designation");

  final Claim claim = claim(List.of(line(1, "99285", "2000.00", "500.00", "900.00"),
      line(2, "36415", "500.00", "20.00", null), line(3, "93010", "500.00", "40.00", "60.00")));

  @Test
  void theOfferIsSplitOverTheLinesInProportionToBilledToTheCent() {
    var items = IdrInitiationLetters.items(claim, new BigDecimal("1000.01"));

    assertThat(items).extracting(IdrInitiationNotice.Item::offer)
        .containsExactly(new BigDecimal("666.67"), new BigDecimal("166.67"), new BigDecimal("166.67"));
    assertThat(items.stream().map(IdrInitiationNotice.Item::offer).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("1000.01");
  }

  @Test
  void eachItemCarriesItsLinesCodeQpaAndInitialPaymentAndTheClaimsProvider() {
    var items = IdrInitiationLetters.items(claim, new BigDecimal("1500.00"));

    assertThat(items).extracting(IdrInitiationNotice.Item::serviceCode).containsExactly("99285", "36415", "93010");
    assertThat(items.get(0).qpa()).isEqualByComparingTo("900.00");
    // a QPA the plan did not disclose stays unknown, never guessed
    assertThat(items.get(1).qpa()).isNull();
    assertThat(items.get(1).initialPaymentAmount()).isEqualByComparingTo("20.00");
    assertThat(items.get(0).provider().identified())
        .isEqualTo("Riverside Emergency Physicians (NPI 1234567893, TIN 12-3456789)");
    assertThat(items).allSatisfy(item -> assertThat(item.itemType().label()).isEqualTo("Emergency service"));
  }

  @Test
  void theLetterIsRoundZeroOfItsKindWhereTheNoticeWentWithThePaperCopyOffer() {
    var dispute = new IdrDispute("c1", Status.PREPARED, new BigDecimal("1500.00"), "acuity", null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null);
    var notice = IdrInitiationLetters.notice(claim, dispute, IdrInitiationLetters.items(claim,
        dispute.offerAmount()), ROUTE, PROVIDER, LocalDate.of(2026, 6, 20),
        LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 12));

    var letter = IdrInitiationLetters.letter(claim, List.of(claim), notice, ROUTE, PROVIDER, new byte[] {1});

    assertThat(letter.kind()).isEqualTo(CorrespondenceKind.IDR_INITIATION_NOTICE);
    assertThat(letter.round()).isZero();
    assertThat(letter.claimIds()).containsExactly("c1");
    assertThat(letter.channel()).isEqualTo(Channel.EMAIL);
    assertThat(letter.recipient()).isEqualTo("disputes@acme.test");
    assertThat(letter.deliveryBasis()).isEqualTo(ROUTE.basis());
    assertThat(letter.attachmentName()).isEqualTo("idr-initiation-notice-CLM-1.pdf");
    assertThat(letter.subject()).isEqualTo("Notice of IDR Initiation, claim CLM-1");
    assertThat(letter.body()).contains("ended on 2026-06-12", "initiated on 2026-06-20", "- CLM-1, 99285: $1,000.00",
        "- CLM-1, 36415: $250.00", "Total: $1,500.00", "paper copy", "free of charge",
        "Riverside Billing, billing@riverside.test, (555) 010-0000, 1 River Way",
        "Jordan Reyes, Revenue Cycle Manager").doesNotContain("{{");
    assertThat(notice.preferredEntity()).isNull();
    assertThat(notice.batched()).isFalse();
  }
}
