package org.claimrecovery.correspondence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.claimrecovery.correspondence.OpenNegotiationNotice.Contact;
import org.claimrecovery.correspondence.OpenNegotiationNotice.ItemType;
import org.claimrecovery.correspondence.OpenNegotiationNotice.Payer;
import org.claimrecovery.correspondence.OpenNegotiationNotice.Provider;
import org.claimrecovery.correspondence.OpenNegotiationNotice.Signer;

/**
 * The content of the standard Notice of IDR Initiation (OMB control no. 1210-0169; 45 CFR 149.510(b)(2)(iii)),
 * which the initiating party submits through the federal IDR portal and gives to the other party when open
 * negotiation has failed: the items under dispute and whether they are batched, the parties and their contact
 * details, the open negotiation period, the preferred certified IDR entity, each item's QPA, and an attestation
 * that the items are qualified IDR items. The parties, item types and signer are those of the open negotiation
 * notice; the contact and signer come from {@link ProviderContact}.
 *
 * @param initiatedOn the day IDR is initiated (a business day of the window after the open negotiation period,
 *     45 CFR 149.510(b)(2)(i))
 * @param initiatingParty whom the payer and the IDR entity answer: the contact details the notice prints
 * @param nonInitiatingParty the plan or issuer, and the contact it named for open negotiation
 * @param openNegotiationNoticeSentOn the day the open negotiation notice was sent: day 1 of the period
 * @param openNegotiationPeriodEnd the last day of the 30-business-day open negotiation period
 * @param preferredEntity the certified IDR entity the initiating party prefers; null when it prefers none
 * @param batched whether the items are submitted as one batched dispute (45 CFR 149.510(c)(3))
 * @param batchingBasis why the items may be batched, e.g. "same provider TIN, same plan, same service code, same
 *     30-business-day period"; given exactly when {@code batched}
 * @param disputeNumber the portal's dispute number; null until the portal assigns one
 * @param signer the person who signs for the initiating party, and so makes the attestation
 */
public record IdrInitiationNotice(LocalDate initiatedOn, Contact initiatingParty, Payer nonInitiatingParty,
    List<Item> items, LocalDate openNegotiationNoticeSentOn, LocalDate openNegotiationPeriodEnd,
    CertifiedIdrEntity preferredEntity, boolean batched, String batchingBasis, String disputeNumber,
    Signer signer) {

  public IdrInitiationNotice {
    Objects.requireNonNull(initiatedOn, "initiatedOn");
    Objects.requireNonNull(initiatingParty, "initiatingParty");
    Objects.requireNonNull(nonInitiatingParty, "nonInitiatingParty");
    Objects.requireNonNull(openNegotiationNoticeSentOn, "openNegotiationNoticeSentOn");
    Objects.requireNonNull(openNegotiationPeriodEnd, "openNegotiationPeriodEnd");
    Objects.requireNonNull(signer, "a notice of IDR initiation is signed and attested: signer");
    if (items == null || items.isEmpty()) {
      throw new IllegalArgumentException("a notice of IDR initiation covers at least one item");
    }
    items = List.copyOf(items);
    if (openNegotiationPeriodEnd.isBefore(openNegotiationNoticeSentOn)) {
      throw new IllegalArgumentException("the open negotiation period cannot end before its notice was sent");
    }
    // IDR may be initiated only once the open negotiation period has ended (45 CFR 149.510(b)(2)(i))
    if (!initiatedOn.isAfter(openNegotiationPeriodEnd)) {
      throw new IllegalArgumentException("IDR is initiated after the open negotiation period ends on "
          + openNegotiationPeriodEnd);
    }
    batchingBasis = batchingBasis == null || batchingBasis.isBlank() ? null : batchingBasis.strip();
    // a batch names the basis on which its items may go together (45 CFR 149.510(c)(3)(i))
    if (batched && batchingBasis == null) {
      throw new IllegalArgumentException("batched items need the basis on which they are batched");
    }
    if (!batched && batchingBasis != null) {
      throw new IllegalArgumentException("a batching basis is given only for batched items");
    }
    if (batched && items.size() < 2) {
      throw new IllegalArgumentException("a batch has more than one item");
    }
    disputeNumber = disputeNumber == null || disputeNumber.isBlank() ? null : disputeNumber.strip();
  }

  /** A certified IDR entity as the federal IDR portal lists it. */
  public record CertifiedIdrEntity(String name, String number) {

    public CertifiedIdrEntity {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a certified IDR entity needs its name");
      }
      if (number == null || number.isBlank()) {
        throw new IllegalArgumentException("a certified IDR entity needs its certification number");
      }
    }
  }

  /**
   * One qualified IDR item or service. Exactly one of {@code initialPaymentAmount} and {@code denialReason} is
   * given.
   *
   * @param description the item in words as the claim describes it; null when the claim gives none
   * @param qpa the qualifying payment amount the plan disclosed with its initial payment or denial; null when it
   *     disclosed none, which the notice says rather than guess (45 CFR 149.140(d))
   * @param offer the initiating party's offer for the total out-of-network rate, including any cost sharing
   * @param provider the provider or facility that furnished it
   */
  public record Item(String claimNumber, LocalDate serviceDate, String serviceCode, String description,
      ItemType itemType, BigDecimal qpa, BigDecimal initialPaymentAmount, String denialReason, BigDecimal offer,
      Provider provider) implements NoticeItem {

    public Item {
      NoticeItem.requireComplete(claimNumber, serviceDate, serviceCode, itemType, offer, provider,
          initialPaymentAmount, denialReason);
      description = NoticeItem.described(description);
    }
  }

  /** The providers and facilities of the items, each once, in the order of the items: the initiating party. */
  public List<Provider> initiatingProviders() {
    return items.stream().map(Item::provider).distinct().toList();
  }
}
