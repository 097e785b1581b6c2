package org.claimrecovery.correspondence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.claimrecovery.correspondence.OpenNegotiationNotice.ItemType;
import org.claimrecovery.correspondence.OpenNegotiationNotice.Provider;

/**
 * What the open negotiation notice and the notice of IDR initiation both say of an item or service (45 CFR
 * 149.510(b)(1)(i), (b)(2)(iii)): one check of what an item needs, one wording of it in the templates.
 */
public interface NoticeItem {

  String claimNumber();

  LocalDate serviceDate();

  String serviceCode();

  /** The item in words as the claim describes it; null when the claim gives none. */
  String description();

  ItemType itemType();

  BigDecimal initialPaymentAmount();

  String denialReason();

  /** The offer for the total out-of-network rate, including any cost sharing. */
  BigDecimal offer();

  /** The provider or facility that furnished it. */
  Provider provider();

  /** What a notice calls the item: the claim's description, else the code with the kind of service, never blank. */
  default String describedAs() {
    return itemType().describe(description(), serviceCode());
  }

  /** The values of the notice template's item block shared by both notices. */
  default Map<String, String> templateValues(int number) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("itemNumber", Integer.toString(number));
    values.put("claimNumber", claimNumber());
    values.put("serviceDate", PdfTemplate.date(serviceDate()));
    values.put("providerName", provider().name());
    values.put("providerNpi", provider().npi());
    values.put("serviceCode", serviceCode());
    values.put("description", describedAs());
    values.put("itemType", itemType().label());
    values.put("initialPaymentOrDenial", initialPaymentAmount() != null
        ? "Initial payment: " + PdfTemplate.money(initialPaymentAmount())
        : "Notice of denial: " + denialReason());
    values.put("offer", PdfTemplate.money(offer()));
    return values;
  }

  /**
   * Refuses an item a notice could not state (called by each notice's item record before it exists): without its
   * claim, date, code, type, offer or provider, or with both or neither of an initial payment and a denial.
   */
  static void requireComplete(String claimNumber, LocalDate serviceDate, String serviceCode, ItemType itemType,
      BigDecimal offer, Provider provider, BigDecimal initialPaymentAmount, String denialReason) {
    Objects.requireNonNull(claimNumber, "claimNumber");
    Objects.requireNonNull(serviceDate, "serviceDate");
    Objects.requireNonNull(serviceCode, "serviceCode");
    Objects.requireNonNull(itemType, "itemType");
    Objects.requireNonNull(offer, "offer");
    Objects.requireNonNull(provider, "provider");
    if ((initialPaymentAmount == null) == (denialReason == null)) {
      throw new IllegalArgumentException("an item has either an initial payment amount or a denial");
    }
  }

  /** A description as the notice keeps it: stripped, and null when blank. */
  static String described(String description) {
    return description == null || description.isBlank() ? null : description.strip();
  }
}
