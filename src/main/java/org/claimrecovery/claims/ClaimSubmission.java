package org.claimrecovery.claims;

import java.util.List;

/**
 * A claim as an integration posts it. Dates, amounts and codes arrive as text so that validation can
 * name every invalid field at once instead of stopping at the first unparsable one.
 */
public record ClaimSubmission(
    String claimNumber,
    PayerPart payer,
    ProviderPart provider,
    String patientAccount,
    String planType,
    String planState,
    String serviceState,
    String serviceCategory,
    Boolean noticeAndConsentObtained,
    String billedAs,
    Boolean ancillaryService,
    Boolean unforeseenUrgentNeed,
    Boolean noParticipatingProviderAvailable,
    Boolean planElectedStateProcess,
    String serviceDate,
    String submittedOn,
    List<LinePart> lines,
    PaymentPart initialPayment,
    DenialPart denial) {

  public record PayerPart(String id, String name, String email, String address) {}

  public record ProviderPart(String npi, String tin, String name) {}

  /** @param description the item or service in words (optional, at most 200 characters, one line) */
  public record LinePart(String serviceCode, String billedAmount, String paidAmount, String qpa,
      String description) {

    /** A line without a description. */
    public LinePart(String serviceCode, String billedAmount, String paidAmount, String qpa) {
      this(serviceCode, billedAmount, paidAmount, qpa, null);
    }
  }

  public record PaymentPart(String receivedOn, String amount) {}

  public record DenialPart(String receivedOn, String reasonCode, String description) {}
}
