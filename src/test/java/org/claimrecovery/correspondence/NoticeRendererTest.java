package org.claimrecovery.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.claimrecovery.correspondence.OpenNegotiationNotice.Contact;
import org.claimrecovery.correspondence.OpenNegotiationNotice.Item;
import org.claimrecovery.correspondence.OpenNegotiationNotice.ItemType;
import org.claimrecovery.correspondence.OpenNegotiationNotice.Payer;
import org.claimrecovery.correspondence.OpenNegotiationNotice.Provider;
import org.claimrecovery.correspondence.OpenNegotiationNotice.Signer;
import org.junit.jupiter.api.Test;

class NoticeRendererTest {

  private final NoticeRenderer renderer = new NoticeRenderer();

  static final Provider RIVERSIDE = new Provider("Riverside Emergency Physicians LLC", "1234567893", "123456789");
  static final Provider SKYLIFT = new Provider("Skylift Air Medical", "1245319599", "987654321");
  static final Signer SIGNER = new Signer("Dana Whitfield", "Director, Revenue Cycle");

  static OpenNegotiationNotice notice() {
    return new OpenNegotiationNotice(
        new Contact("Riverside Emergency Physicians", "billing@riverside.example", "(555) 010-4200",
            "1200 Riverside Drive, Suite 300, Tampa, FL 33602"),
        new Payer("Acme Health Plan", "negotiations@acme.example"),
        List.of(
            new Item("CLM-1001", LocalDate.of(2026, 4, 20), "99285", ItemType.EMERGENCY, new BigDecimal("600.00"),
                null, new BigDecimal("1850.00"), RIVERSIDE, "Emergency department visit, high complexity"),
            new Item("CLM-1002", LocalDate.of(2026, 4, 22), "70450", ItemType.NON_EMERGENCY_AT_PARTICIPATING_FACILITY,
                null, "CARC 45: exceeds fee schedule", new BigDecimal("1210.50"), RIVERSIDE, null),
            new Item("CLM-1003", LocalDate.of(2026, 5, 2), "A0431", ItemType.AIR_AMBULANCE, new BigDecimal("12000"),
                null, new BigDecimal("48250.75"), SKYLIFT, "Rotary wing air transport")),
        LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 14), SIGNER);
  }

  @Test
  void theNoticeNamesItsInitiatingProvidersDescribesEveryItemIsSignedAndOffersAPaperCopy() throws IOException {
    String text = text(renderer.render(notice()));

    // who initiates: each provider of the claims with NPI and TIN (45 CFR 149.510(b)(1)(i))
    assertThat(text).contains("Riverside Emergency Physicians LLC (NPI 1234567893, TIN 12-3456789); "
        + "Skylift Air Medical (NPI 1245319599, TIN 98-7654321) each initiate open negotiation for the items and "
        + "services below");

    // per item: its provider's name and NPI and a description, the claim's own or the code with the category
    String first = between(text, "Item or service 1", "Item or service 2");
    String second = between(text, "Item or service 2", "Item or service 3");
    String third = between(text, "Item or service 3", "Total of the offers");
    assertThat(first).contains("Provider or facility Riverside Emergency Physicians LLC",
        "National Provider Identifier (NPI) 1234567893",
        "Description of the item or service Emergency department visit, high complexity");
    assertThat(second).contains("Provider or facility Riverside Emergency Physicians LLC",
        "Description of the item or service Non-emergency service by a nonparticipating provider at a "
            + "participating facility, service code 70450");
    assertThat(third).contains("Provider or facility Skylift Air Medical",
        "National Provider Identifier (NPI) 1245319599", "Rotary wing air transport");
    assertThat(text).doesNotContain("(not provided)");

    // signed, and a paper copy free of charge on request, with whom to ask (45 CFR 149.510(b)(1)(ii)(B))
    assertThat(text).contains("Signed for the initiating party by Dana Whitfield", "Role Director, Revenue Cycle");
    assertThat(text).contains("if you received this notice electronically, you may ask for a paper copy, which we "
        + "will provide free of charge. Ask Riverside Emergency Physicians at billing@riverside.example, "
        + "(555) 010-4200");
  }

  @Test
  void oneProviderInitiatesInTheSingular() throws IOException {
    var one = new OpenNegotiationNotice(notice().initiatingParty(), notice().payer(), notice().items().subList(0, 2),
        LocalDate.of(2026, 6, 1), null, SIGNER);

    assertThat(text(renderer.render(one))).contains(
        "Riverside Emergency Physicians LLC (NPI 1234567893, TIN 12-3456789) initiates open negotiation for the "
            + "items and services below");
  }

  @Test
  void aNoticeIsNeverUnsigned() {
    assertThatThrownBy(() -> new Signer(" ", "Director")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OpenNegotiationNotice(notice().initiatingParty(), notice().payer(),
        notice().items(), LocalDate.of(2026, 6, 1), null, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new ProviderContact("Riverside", "b@r.example", "1", "PO Box 1", "", "Director")
        .asNoticeSigner()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("recovery.provider.contact.signer-name is not configured");
  }

  private static String between(String text, String from, String to) {
    return text.substring(text.indexOf(from), text.indexOf(to));
  }

  @Test
  void theNoticeCarriesEveryElementOfTheStandardNoticeForEachItem() throws IOException {
    String text = text(renderer.render(notice()));

    assertThat(text).contains("Open Negotiation Notice")
        .contains("initiates the 30-business-day open negotiation period under 45 CFR 149.510(b)(1)")
        .contains("Date this notice is sent 06/01/2026").contains("ends on 07/14/2026")
        .contains("Acme Health Plan").contains("negotiations@acme.example");

    // per item: claim number, date of service, service code, item type, initial payment or denial, offer
    assertThat(text).contains("CLM-1001", "04/20/2026", "99285", "Emergency service", "Initial payment: $600.00",
        "$1,850.00");
    assertThat(text).contains("CLM-1002", "04/22/2026", "70450",
        "Non-emergency service by a nonparticipating provider at a participating facility",
        "Notice of denial: CARC 45: exceeds fee schedule", "$1,210.50");
    assertThat(text).contains("CLM-1003", "05/02/2026", "A0431", "Air ambulance service",
        "Initial payment: $12,000.00", "$48,250.75");
    assertThat(text).contains("Offer for the total out-of-network rate (including any cost sharing)");
    assertThat(text).contains("Total of the offers for the items and services in this notice: $51,311.25");

    // the initiating party's contact details
    assertThat(text).contains("Riverside Emergency Physicians", "billing@riverside.example", "(555) 010-4200",
        "1200 Riverside Drive, Suite 300, Tampa, FL 33602");
  }

  @Test
  void eachItemHasItsOwnTableInOrder() throws IOException {
    String text = text(renderer.render(notice()));

    assertThat(text.indexOf("Item or service 1")).isLessThan(text.indexOf("CLM-1001"));
    assertThat(text.indexOf("CLM-1001")).isLessThan(text.indexOf("Item or service 2"));
    assertThat(text.indexOf("Item or service 2")).isLessThan(text.indexOf("CLM-1002"));
    assertThat(text.indexOf("CLM-1002")).isLessThan(text.indexOf("Item or service 3"));
    assertThat(text.indexOf("Item or service 3")).isLessThan(text.indexOf("CLM-1003"));
  }

  @Test
  void valuesNeverBecomeMarkup() throws IOException {
    var hostile = new OpenNegotiationNotice(
        new Contact("Smith & Sons <b>Billing</b>", "a@b.example", "1", "PO Box 1"),
        new Payer("Plan \"Best\" <script>x</script>", "x@y.example"),
        List.of(new Item("CLM-<1>", LocalDate.of(2026, 4, 20), "99285", ItemType.EMERGENCY, BigDecimal.TEN, null,
            BigDecimal.TEN, new Provider("<i>Doc</i>", "1234567893", null), "CT & <b>MRI</b>")),
        LocalDate.of(2026, 6, 1), null, new Signer("<u>Dana</u>", "Director"));

    String html = renderer.html(hostile);
    assertThat(html).contains("Smith &amp; Sons &lt;b&gt;Billing&lt;/b&gt;", "CT &amp; &lt;b&gt;MRI&lt;/b&gt;",
        "&lt;i&gt;Doc&lt;/i&gt;", "&lt;u&gt;Dana&lt;/u&gt;").doesNotContain("<script>", "<b>MRI", "<u>");

    String text = text(renderer.render(hostile));
    assertThat(text).contains("Smith & Sons <b>Billing</b>", "Plan \"Best\" <script>x</script>", "CLM-<1>")
        .contains("ends on the 30th business day beginning on 06/01/2026");
  }

  @Test
  void anItemHasEitherAPaymentOrADenial() {
    assertThatThrownBy(() -> new Item("C", LocalDate.of(2026, 1, 1), "99285", ItemType.EMERGENCY, BigDecimal.ONE,
        "denied", BigDecimal.TEN, RIVERSIDE, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Item("C", LocalDate.of(2026, 1, 1), "99285", ItemType.EMERGENCY, null, null,
        BigDecimal.TEN, RIVERSIDE, null)).isInstanceOf(IllegalArgumentException.class);
  }

  /** The PDF's text, with line breaks and runs of spaces folded into single spaces. */
  static String text(byte[] pdf) throws IOException {
    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
