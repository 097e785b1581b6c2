package org.claimrecovery.correspondence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The content of the standard open negotiation notice (45 CFR 149.510(b)(1)): per item the claim number,
 * date of service, service code, item type, initial payment or denial and the offer, and the initiating
 * party's contact details.
 *
 * @param payer the plan or issuer, and the contact it named with the initial payment (where the notice goes)
 * @param sentOn the day the notice is sent: day 1 of the 30-business-day open negotiation period
 * @param openNegotiationPeriodEnd the last day of that period, when known (may be null)
 */
public record OpenNegotiationNotice(Contact initiatingParty, Payer payer, List<Item> items, LocalDate sentOn,
    LocalDate openNegotiationPeriodEnd) {

  public OpenNegotiationNotice {
    Objects.requireNonNull(initiatingParty, "initiatingParty");
    Objects.requireNonNull(payer, "payer");
    Objects.requireNonNull(sentOn, "sentOn");
    if (items == null || items.isEmpty()) {
      throw new IllegalArgumentException("a notice covers at least one item");
    }
    items = List.copyOf(items);
  }

  public record Contact(String name, String email, String phone, String mailingAddress) {}

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
  }

  /**
   * One item or service. Exactly one of {@code initialPaymentAmount} and {@code denialReason} is given.
   *
   * @param offer the offer for the total out-of-network rate, including any cost sharing
   */
  public record Item(String claimNumber, LocalDate serviceDate, String serviceCode, ItemType itemType,
      BigDecimal initialPaymentAmount, String denialReason, BigDecimal offer) {

    public Item {
      Objects.requireNonNull(claimNumber, "claimNumber");
      Objects.requireNonNull(serviceDate, "serviceDate");
      Objects.requireNonNull(serviceCode, "serviceCode");
      Objects.requireNonNull(itemType, "itemType");
      Objects.requireNonNull(offer, "offer");
      if ((initialPaymentAmount == null) == (denialReason == null)) {
        throw new IllegalArgumentException("an item has either an initial payment amount or a denial");
      }
    }
  }

  public BigDecimal totalOffer() {
    return items.stream().map(Item::offer).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
