package org.claimrecovery.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimrecovery.correspondence.NoticeRendererTest.text;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.claimrecovery.correspondence.IdrInitiationNotice.CertifiedIdrEntity;
import org.claimrecovery.correspondence.IdrInitiationNotice.Item;
import org.claimrecovery.correspondence.OpenNegotiationNotice.ItemType;
import org.claimrecovery.correspondence.OpenNegotiationNotice.Payer;
import org.claimrecovery.correspondence.OpenNegotiationNotice.Provider;
import org.junit.jupiter.api.Test;

class IdrInitiationNoticeRendererTest {

  private final IdrInitiationNoticeRenderer renderer = new IdrInitiationNoticeRenderer();

  static final Provider RIVERSIDE = new Provider("Riverside Emergency Physicians LLC", "1234567893", "123456789");
  static final ProviderContact CONTACT = new ProviderContact("Riverside Emergency Physicians",
      "billing@riverside.example", "(555) 010-4200", "1200 Riverside Drive, Suite 300, Tampa, FL 33602",
      "Dana Whitfield", "Director, Revenue Cycle");
  static final Payer ACME = new Payer("Acme Health Plan", "negotiations@acme.example");

  static Item described() {
    return new Item("CLM-1001", LocalDate.of(2026, 4, 20), "99285", "Emergency department visit, high complexity",
        ItemType.EMERGENCY, new BigDecimal("742.18"), new BigDecimal("600.00"), null, new BigDecimal("1850.00"),
        RIVERSIDE);
  }

  static Item undescribed() {
    return new Item("CLM-1002", LocalDate.of(2026, 4, 22), "70450", null,
        ItemType.NON_EMERGENCY_AT_PARTICIPATING_FACILITY, new BigDecimal("310.40"), null,
        "CARC 45: exceeds fee schedule", new BigDecimal("1210.50"), RIVERSIDE);
  }

  /** Open negotiation from Monday 2026-06-01 to 2026-07-14; IDR initiated on BD 31 (domain brief §3). */
  static IdrInitiationNotice notice(Provider provider, List<Item> items, CertifiedIdrEntity entity) {
    return new IdrInitiationNotice(LocalDate.of(2026, 7, 15), CONTACT.asNoticeContact(), ACME, items,
        LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 14), entity, false, null, null, CONTACT.asNoticeSigner());
  }

  static IdrInitiationNotice notice() {
    return notice(RIVERSIDE, List.of(described(), undescribed()),
        new CertifiedIdrEntity("Example Resolution Services", "IDRE-0042"));
  }

  @Test
  void theNoticeNamesThePartiesItemsAndOpenNegotiationAndIsSignedWithAPaperCopyOffer() throws IOException {
    String text = text(renderer.render(notice()));

    assertThat(text).contains("Notice of IDR Initiation", "Date the Federal IDR process is initiated 07/15/2026",
        "IDR dispute number Not yet assigned (the federal IDR portal assigns it)");

    // the parties: the initiating provider with NPI and TIN and its contact, the plan and the contact it named
    assertThat(text).contains("Riverside Emergency Physicians LLC (NPI 1234567893, TIN 12-3456789) initiates the "
        + "Federal IDR process", "billing@riverside.example", "(555) 010-4200",
        "1200 Riverside Drive, Suite 300, Tampa, FL 33602", "Plan or issuer Acme Health Plan",
        "Contact named by the plan or issuer negotiations@acme.example");

    // the open negotiation period it follows
    assertThat(text).contains("Open negotiation notice sent (first day of the open negotiation period) 06/01/2026",
        "Last day of the 30-business-day open negotiation period 07/14/2026");

    // per item: claim, code, description (the claim's own, else the kind of service with the code), QPA, offer
    String first = between(text, "Item or service 1", "Item or service 2");
    String second = between(text, "Item or service 2", "The QPA shown");
    assertThat(first).contains("Claim number CLM-1001", "Date of service 04/20/2026", "Service code (CPT, HCPCS or "
            + "DRG) 99285", "Description of the item or service Emergency department visit, high complexity",
        "Taxpayer Identification Number (TIN) 12-3456789", "Qualifying payment amount (QPA) $742.18",
        "Initial payment: $600.00", "(including any cost sharing) $1,850.00");
    assertThat(second).contains("Claim number CLM-1002", "Date of service 04/22/2026", "Service code (CPT, HCPCS or DRG) 70450",
        "Description of the item or service Non-emergency service by a nonparticipating provider at a "
            + "participating facility, service code 70450", "Qualifying payment amount (QPA) $310.40",
        "Notice of denial: CARC 45: exceeds fee schedule", "(including any cost sharing) $1,210.50");
    assertThat(text).contains("Batched items and services (45 CFR 149.510(c)(3)) No");

    assertThat(text).contains("Certified IDR entity the initiating party prefers Example Resolution Services "
        + "(certified IDR entity number IDRE-0042)");
    assertThat(text).contains("attests that, to the best of its knowledge, the items and services in this notice "
        + "are qualified IDR items or services");
    assertThat(text).contains("Signed and attested for the initiating party by Dana Whitfield",
        "Role Director, Revenue Cycle");
    assertThat(text).contains("if you received this notice electronically, you may ask for a paper copy, which we "
        + "will provide free of charge. Ask Riverside Emergency Physicians at billing@riverside.example, "
        + "(555) 010-4200");
    assertThat(text).doesNotContain("(not provided)");
  }

  @Test
  void withoutAPreferredEntityOrAQpaTheNoticeSaysSoAndABatchShowsItsBasis() throws IOException {
    var noQpa = new Item("CLM-1003", LocalDate.of(2026, 4, 23), "99285", null, ItemType.EMERGENCY, null,
        new BigDecimal("500.00"), null, new BigDecimal("1700.00"), RIVERSIDE);
    var batch = new IdrInitiationNotice(LocalDate.of(2026, 7, 15), CONTACT.asNoticeContact(), ACME,
        List.of(described(), noQpa), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 14), null, true,
        "same provider TIN, same plan, same service code, same 30-business-day period", "DISP-123456",
        CONTACT.asNoticeSigner());

    String text = text(renderer.render(batch));

    assertThat(text).contains("Certified IDR entity the initiating party prefers None preferred",
        "Qualifying payment amount (QPA) Not disclosed by the plan or issuer",
        "Batched items and services (45 CFR 149.510(c)(3)) Yes, batched: same provider TIN, same plan, same "
            + "service code, same 30-business-day period", "IDR dispute number DISP-123456");
  }

  @Test
  void valuesNeverBecomeMarkup() throws IOException {
    var hostile = new Provider("Smith <b>& Sons</b>", "1234567893", "123456789");
    var notice = notice(hostile, List.of(new Item("CLM-<1>", LocalDate.of(2026, 4, 20), "99285", "CT & <b>MRI</b>",
        ItemType.EMERGENCY, BigDecimal.ONE, BigDecimal.ONE, null, BigDecimal.TEN, hostile)), null);

    assertThat(renderer.html(notice)).contains("Smith &lt;b&gt;&amp; Sons&lt;/b&gt;", "CT &amp; &lt;b&gt;MRI")
        .doesNotContain("<b>&", "<b>MRI");
    assertThat(text(renderer.render(notice))).contains("Smith <b>& Sons</b> (NPI 1234567893, TIN 12-3456789)",
        "Provider or facility Smith <b>& Sons</b>", "CLM-<1>", "CT & <b>MRI</b>");
  }

  @Test
  void aNoticeWithoutItemsIsRefused() {
    assertThatThrownBy(() -> notice(RIVERSIDE, List.of(), null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one item");
    assertThatThrownBy(() -> notice(RIVERSIDE, null, null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void requiredFieldsAreChecked() {
    var contact = CONTACT.asNoticeContact();
    var signer = CONTACT.asNoticeSigner();
    var items = List.of(described(), undescribed());
    var sent = LocalDate.of(2026, 6, 1);
    var end = LocalDate.of(2026, 7, 14);

    // unsigned, or before the open negotiation period has ended (45 CFR 149.510(b)(2)(i))
    assertThatThrownBy(() -> new IdrInitiationNotice(LocalDate.of(2026, 7, 15), contact, ACME, items, sent, end,
        null, false, null, null, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new IdrInitiationNotice(end, contact, ACME, items, sent, end, null, false, null, null,
        signer)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after the open negotiation");
    // a batch names its basis, and only a batch has one (45 CFR 149.510(c)(3))
    assertThatThrownBy(() -> new IdrInitiationNotice(LocalDate.of(2026, 7, 15), contact, ACME, items, sent, end,
        null, true, " ", null, signer)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IdrInitiationNotice(LocalDate.of(2026, 7, 15), contact, ACME, items, sent, end,
        null, false, "same plan", null, signer)).isInstanceOf(IllegalArgumentException.class);
    // an item has either a payment or a denial; an entity has a name and a number
    assertThatThrownBy(() -> new Item("C", sent, "99285", null, ItemType.EMERGENCY, null, BigDecimal.ONE, "denied",
        BigDecimal.TEN, RIVERSIDE)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CertifiedIdrEntity("Example", " ")).isInstanceOf(IllegalArgumentException.class);
  }

  private static String between(String text, String from, String to) {
    return text.substring(text.indexOf(from), text.indexOf(to));
  }
}
