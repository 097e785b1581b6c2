package org.claimrecovery.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.correspondence.Channel;
import org.claimrecovery.negotiation.PayerNegotiationRules.Route;
import org.claimrecovery.pathway.Pathway;
import org.junit.jupiter.api.Test;

/** The payer's correspondence channel from rules/payers.yaml: which route a letter takes, and what load refuses. */
class PayerCorrespondenceChannelTest {

  static final String DEFAULTS = """
      negotiationWindows:
        - effectiveFrom: 2020-01-01
          calendarDays: 30
          why: default
      appealEscalation:
        marginCalendarDays: 30
        why: time to file the appeal
      """;

  static PayerNegotiationRules rules(String channels) {
    return PayerNegotiationRules.load(
        new ByteArrayInputStream((DEFAULTS + channels).getBytes(StandardCharsets.UTF_8)));
  }

  static final PayerNegotiationRules CONFIGURED = rules("""
      correspondenceChannels:
        - payerId: faxer
          effectiveFrom: 2026-01-01
          channel: FAX
          recipient: "+1 555 010 0177"
          why: Faxer provider manual 2026, 12.4
        - payerId: faxer
          effectiveFrom: 2027-01-01
          channel: MAIL
          why: Faxer notice of 2026-11-15, disputes by mail only
        - payerId: portal
          effectiveFrom: 2026-01-01
          channel: IDR_PORTAL
          recipient: portal account 4711
          why: Portal plan agreement 2026, 9.1
      """);

  static final LocalDate JUNE = LocalDate.of(2026, 6, 2);

  // why each route may be used: recorded with the letter in the ledger (45 CFR 149.510(b)(1)(ii)(A))
  static final String EMAIL_THE_PAYER_NAMED =
      "the payer's own designation: the e-mail address it named as its contact on claim NEG-1";
  static final String ADDRESS_THE_PAYER_NAMED = "the postal address the payer named on claim NEG-1";
  static final String FAXER_2026 = "the payer's own designation: FAX channel of payer faxer in rules/payers.yaml "
      + "from 2026-01-01 (Faxer provider manual 2026, 12.4)";

  static Claim claim(String payerId, String email, String address, Pathway pathway) {
    return new Claim("c-1", "NEG-1", new Claim.Payer(payerId, "Some Health Plan", email, address), null, null,
        null, "FL", "FL", null, false, Claim.Circumstances.NONE_STATED, JUNE, JUNE, List.of(), null, null,
        pathway == null ? null : new Claim.Classification(pathway != Pathway.APPEAL, pathway, null, List.of()), null, null,
        null, null, null, null, null, null);
  }

  @Test
  void withoutAnEntryTheLetterGoesByEmailIfThePayerGaveOneElseByMail() {
    var shipped = rules("");
    assertThat(shipped.correspondenceChannels()).isEmpty();
    assertThat(shipped.routeFor(claim("other", "claims@plan.example", "PO Box 1", Pathway.FEDERAL_IDR), JUNE))
        .isEqualTo(new Route(Channel.EMAIL, "claims@plan.example", EMAIL_THE_PAYER_NAMED));
    assertThat(shipped.routeFor(claim("other", " ", "PO Box 1", Pathway.FEDERAL_IDR), JUNE))
        .isEqualTo(new Route(Channel.MAIL, "PO Box 1", ADDRESS_THE_PAYER_NAMED));
    assertThat(shipped.routeFor(claim("other", null, null, Pathway.APPEAL), JUNE))
        .isEqualTo(new Route(Channel.MAIL, "Some Health Plan",
            "claim NEG-1 names no payer address: only the payer's name"));
  }

  @Test
  void theShippedFileHasNoPayerChannels() throws Exception {
    try (var in = getClass().getResourceAsStream("/rules/payers.yaml")) {
      assertThat(PayerNegotiationRules.load(in).correspondenceChannels()).isEmpty();
    }
  }

  @Test
  void aFaxPayerGetsItsLettersByFaxToItsNumberEvenWithAnEmailAddress() {
    assertThat(CONFIGURED.routeFor(claim("faxer", "claims@plan.example", "PO Box 1", Pathway.FEDERAL_IDR), JUNE))
        .isEqualTo(new Route(Channel.FAX, "+1 555 010 0177", FAXER_2026));
    // outside the NSA too: only the portal is limited to NSA items
    assertThat(CONFIGURED.routeFor(claim("faxer", null, "PO Box 1", Pathway.APPEAL), JUNE))
        .isEqualTo(new Route(Channel.FAX, "+1 555 010 0177", FAXER_2026));
    // before its entry takes effect, the default applies
    assertThat(CONFIGURED.routeFor(claim("faxer", "claims@plan.example", null, Pathway.FEDERAL_IDR),
        LocalDate.of(2025, 12, 31))).isEqualTo(new Route(Channel.EMAIL, "claims@plan.example", EMAIL_THE_PAYER_NAMED));
  }

  @Test
  void theEntryWithTheLatestEffectiveFromNotAfterTheDayApplies() {
    var claim = claim("faxer", "claims@plan.example", "PO Box 1", Pathway.FEDERAL_IDR);
    assertThat(CONFIGURED.routeFor(claim, LocalDate.of(2026, 12, 31)).channel()).isEqualTo(Channel.FAX);
    // the later MAIL entry names no recipient: the claim's payer address
    assertThat(CONFIGURED.routeFor(claim, LocalDate.of(2027, 1, 1))).isEqualTo(new Route(Channel.MAIL, "PO Box 1",
        "the payer's own designation: MAIL channel of payer faxer in rules/payers.yaml from 2027-01-01, to the "
            + "postal address it named on claim NEG-1 (Faxer notice of 2026-11-15, disputes by mail only)"));
  }

  @Test
  void theIdrPortalIsUsedForNsaItemsOnlyOutsideTheNsaTheDefaultApplies() {
    assertThat(CONFIGURED.routeFor(claim("portal", "claims@plan.example", "PO Box 1", Pathway.FEDERAL_IDR), JUNE))
        .isEqualTo(new Route(Channel.IDR_PORTAL, "portal account 4711",
            "the payer's own designation: IDR_PORTAL channel of payer portal in rules/payers.yaml from 2026-01-01 "
                + "(Portal plan agreement 2026, 9.1)"));
    assertThat(CONFIGURED.routeFor(claim("portal", "claims@plan.example", "PO Box 1", Pathway.APPEAL), JUNE))
        .isEqualTo(new Route(Channel.EMAIL, "claims@plan.example", EMAIL_THE_PAYER_NAMED));
    assertThat(CONFIGURED.routeFor(claim("portal", null, "PO Box 1", null), JUNE))
        .isEqualTo(new Route(Channel.MAIL, "PO Box 1", ADDRESS_THE_PAYER_NAMED));
  }

  @Test
  void anEmailEntryWithoutAnAddressUsesThePayersOrFallsBackToMail() {
    var rules = rules("""
        correspondenceChannels:
          - payerId: emailer
            effectiveFrom: 2026-01-01
            channel: EMAIL
            why: Emailer agreement 2026
        """);
    assertThat(rules.routeFor(claim("emailer", "claims@plan.example", "PO Box 1", Pathway.APPEAL), JUNE))
        .isEqualTo(new Route(Channel.EMAIL, "claims@plan.example", "the payer's own designation: EMAIL channel of "
            + "payer emailer in rules/payers.yaml from 2026-01-01, to the e-mail address it named on claim NEG-1 "
            + "(Emailer agreement 2026)"));
    assertThat(rules.routeFor(claim("emailer", null, "PO Box 1", Pathway.APPEAL), JUNE))
        .isEqualTo(new Route(Channel.MAIL, "PO Box 1", ADDRESS_THE_PAYER_NAMED));
  }

  @Test
  void anEmailRouteNeedsItsBasis() {
    assertThatThrownBy(() -> new Route(Channel.EMAIL, "claims@plan.example", " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("149.510(b)(1)(ii)(A)");
  }

  @Test
  void anUnknownChannelIsRefused() {
    assertThatThrownBy(() -> rules("""
        correspondenceChannels:
          - payerId: acme
            effectiveFrom: 2026-01-01
            channel: TELEX
            recipient: "123"
            why: x
        """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("correspondenceChannels[0].channel: unknown value 'TELEX'");
    assertThatThrownBy(() -> rules("""
        correspondenceChannels:
          - payerId: acme
            effectiveFrom: 2026-01-01
            channel: PHONE
            why: x
        """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("correspondenceChannels[0]: channel must be EMAIL, MAIL, FAX or IDR_PORTAL");
  }

  @Test
  void aFaxEntryWithoutItsNumberIsRefused() {
    assertThatThrownBy(() -> rules("""
        correspondenceChannels:
          - payerId: acme
            effectiveFrom: 2026-01-01
            channel: FAX
            recipient: " "
            why: x
        """)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("correspondenceChannels[0]: a FAX channel needs the fax number");
  }

  @Test
  void anEntryWithoutWhyEffectiveFromOrPayerIsRefused() {
    assertThatThrownBy(() -> rules("""
        correspondenceChannels:
          - payerId: acme
            effectiveFrom: 2026-01-01
            channel: MAIL
        """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("correspondenceChannels[0].why");
    assertThatThrownBy(() -> rules("""
        correspondenceChannels:
          - payerId: acme
            channel: MAIL
            why: x
        """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("effectiveFrom");
    assertThatThrownBy(() -> rules("""
        correspondenceChannels:
          - effectiveFrom: 2026-01-01
            channel: MAIL
            why: x
        """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("correspondenceChannels[0].payerId");
  }

  @Test
  void twoEntriesOfOnePayerOnTheSameDayAreRefused() {
    assertThatThrownBy(() -> rules("""
        correspondenceChannels:
          - payerId: acme
            effectiveFrom: 2026-01-01
            channel: MAIL
            why: x
          - payerId: acme
            effectiveFrom: 2026-01-01
            channel: FAX
            recipient: "+1 555 010 0177"
            why: y
        """)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("acme").hasMessageContaining("2026-01-01").hasMessageContaining("later effectiveFrom");
  }

  @Test
  void anEmailRecipientThatIsNoAddressAndAnUnknownFieldAreRefused() {
    assertThatThrownBy(() -> rules("""
        correspondenceChannels:
          - payerId: acme
            effectiveFrom: 2026-01-01
            channel: EMAIL
            recipient: PO Box 1
            why: x
        """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("e-mail address");
    assertThatThrownBy(() -> rules("""
        correspondenceChannels:
          - payerId: acme
            effectiveFrom: 2026-01-01
            channel: MAIL
            why: x
            faxNumber: "1"
        """)).hasMessageContaining("correspondenceChannels[0].faxNumber: unknown property");
  }
}
