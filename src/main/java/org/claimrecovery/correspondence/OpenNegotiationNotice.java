package org.claimrecovery.correspondence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The content of the standard open negotiation notice (OMB control no. 1210-0169; 45 CFR 149.510(b)(1)(i)): the
 * providers or facilities that initiate it (name, NPI, TIN); per item the claim number, date of service, the
 * provider's or facility's name and NPI, service code, a description, item type, initial payment or denial and
 * the offer; the initiating party's contact details; and who signs it.
 *
 * @param initiatingParty whom the payer answers: the contact details the notice prints
 * @param payer the plan or issuer, and the contact it named with the initial payment (where the notice goes)
 * @param sentOn the day the notice is sent: day 1 of the 30-business-day open negotiation period
 * @param openNegotiationPeriodEnd the last day of that period, when known (may be null)
 * @param signer the person who signs for the initiating party
 */
public record OpenNegotiationNotice(Contact initiatingParty, Payer payer, List<Item> items, LocalDate sentOn,
    LocalDate openNegotiationPeriodEnd, Signer signer) {

  public OpenNegotiationNotice {
    Objects.requireNonNull(initiatingParty, "initiatingParty");
    Objects.requireNonNull(payer, "payer");
    Objects.requireNonNull(sentOn, "sentOn");
    Objects.requireNonNull(signer, "an open negotiation notice is signed: signer");
    if (items == null || items.isEmpty()) {
      throw new IllegalArgumentException("a notice covers at least one item");
    }
    items = List.copyOf(items);
  }

  public record Contact(String name, String email, String phone, String mailingAddress) {}

  /** The person who signs the notice for the initiating party, and in which role. */
  public record Signer(String name, String role) {

    public Signer {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("an open negotiation notice needs the name of its signer");
      }
    }
  }

  /** The provider or facility that furnished an item: the party that initiates negotiation for it. */
  public record Provider(String name, String npi, String tin) {

    public Provider {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(npi, "npi");
    }

    /** As the notices name a party: "Riverside Emergency Physicians (NPI 1234567893, TIN 12-3456789)". */
    public String identified() {
      String shownTin = tinAsWritten();
      return name + " (NPI " + npi + (shownTin == null ? "" : ", TIN " + shownTin) + ")";
    }

    /** The TIN as an EIN is written, "12-3456789"; null when the claim gives none. */
    public String tinAsWritten() {
      if (tin == null || tin.isBlank()) {
        return null;
      }
      return tin.matches("\\d{9}") ? tin.substring(0, 2) + "-" + tin.substring(2) : tin;
    }
  }

  /** @param contact the address, e-mail or portal the payer named for open negotiation */
  public record Payer(String name, String contact) {}

  public enum ItemType {
    EMERGENCY("Emergency service"),
    NON_EMERGENCY_AT_PARTICIPATING_FACILITY(
        "Non-emergency service by a nonparticipating provider at a participating facility"),
    AIR_AMBULANCE("Air ambulance service");

    private final String label;

    ItemType(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /**
     * An item in words: the claim's description, else the kind of service with its code, never a blank
     * (45 CFR 149.510(b)(1)(i) asks for a description of each item; the IDR initiation notice identifies each).
     */
    public String describe(String description, String serviceCode) {
      return description == null || description.isBlank() ? label + ", service code " + serviceCode
          : description.strip();
    }
  }

  /**
   * One item or service. Exactly one of {@code initialPaymentAmount} and {@code denialReason} is given.
   *
   * @param offer the offer for the total out-of-network rate, including any cost sharing
   * @param provider the provider or facility that furnished it
   * @param description the item in words as the claim describes it; null when the claim gives none
   */
  public record Item(String claimNumber, LocalDate serviceDate, String serviceCode, ItemType itemType,
      BigDecimal initialPaymentAmount, String denialReason, BigDecimal offer, Provider provider,
      String description) implements NoticeItem {

    public Item {
      NoticeItem.requireComplete(claimNumber, serviceDate, serviceCode, itemType, offer, provider,
          initialPaymentAmount, denialReason);
      description = NoticeItem.described(description);
    }
  }

  /** The providers and facilities of the items, each once, in the order of the items. */
  public List<Provider> initiatingProviders() {
    return items.stream().map(Item::provider).distinct().toList();
  }

  public BigDecimal totalOffer() {
    return items.stream().map(Item::offer).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
