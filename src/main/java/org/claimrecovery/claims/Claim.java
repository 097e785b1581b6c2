package org.claimrecovery.claims;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.claimrecovery.pathway.BilledAs;
import org.claimrecovery.pathway.Pathway;
import org.claimrecovery.pathway.PlanType;
import org.claimrecovery.pathway.ServiceCategory;

/** An out-of-network claim and the state of its recovery case. */
public record Claim(
    String id,
    String claimNumber,
    Payer payer,
    Provider provider,
    String patientAccount,
    PlanType planType,
    String planState,
    String serviceState,
    ServiceCategory serviceCategory,
    boolean noticeAndConsentObtained,
    Circumstances circumstances,
    LocalDate serviceDate,
    LocalDate submittedOn,
    List<ClaimLine> lines,
    InitialPayment initialPayment,
    Denial denial,
    Classification classification,
    ClaimStatus status,
    Stage stage,
    Review review,
    String outcome,
    Instant closedAt,
    String processInstanceId,
    String createdBy,
    Instant createdAt) {

  public record Payer(String id, String name, String email, String address) {}

  public record Provider(String npi, String tin, String name) {}

  /**
   * @param description what the item or service was, in words (optional, from intake): the open negotiation
   *     notice describes each item (45 CFR 149.510(b)(1)(i))
   */
  public record ClaimLine(int lineNumber, String serviceCode, BigDecimal billedAmount, BigDecimal paidAmount,
      BigDecimal qpa, String description) {

    /** A line without a description. */
    public ClaimLine(int lineNumber, String serviceCode, BigDecimal billedAmount, BigDecimal paidAmount,
        BigDecimal qpa) {
      this(lineNumber, serviceCode, billedAmount, paidAmount, qpa, null);
    }

    /** How far the payment falls short of the QPA; zero when at or above it, or when no QPA is known. */
    public BigDecimal gapToQpa() {
      if (qpa == null) {
        return BigDecimal.ZERO;
      }
      return qpa.subtract(paidOrZero()).max(BigDecimal.ZERO);
    }

    public BigDecimal paidOrZero() {
      return paidAmount == null ? BigDecimal.ZERO : paidAmount;
    }
  }

  /**
   * Facts of the care that decide which protections and which state law reach the claim.
   *
   * @param billedAs                          who bills it; null when the claim does not say
   * @param ancillaryService                  emergency medicine, anesthesiology, pathology, radiology, neonatology,
   *                                          assistant surgeon, hospitalist, intensivist or diagnostic services
   *                                          (45 CFR 149.420(b)(1)(i)-(iii))
   * @param unforeseenUrgentNeed              furnished for an unforeseen, urgent medical need (45 CFR 149.420(b)(2))
   * @param noParticipatingProviderAvailable  no participating provider at the facility could furnish it
   *                                          (45 CFR 149.420(b)(1)(iv))
   * @param planElectedStateProcess           a self-funded plan's sponsor elected the state's process for the plan
   *                                          year of the service; null when the claim does not say
   */
  public record Circumstances(BilledAs billedAs, boolean ancillaryService, boolean unforeseenUrgentNeed,
      boolean noParticipatingProviderAvailable, Boolean planElectedStateProcess) {

    public static final Circumstances NONE_STATED = new Circumstances(null, false, false, false, null);

    /** Whether notice and consent can never waive the protections for this care (45 CFR 149.420(b)). */
    public boolean consentCannotWaive() {
      return ancillaryService || unforeseenUrgentNeed || noParticipatingProviderAvailable;
    }
  }

  public record InitialPayment(LocalDate receivedOn, BigDecimal amount) {}

  /**
   * The payer's denial.
   *
   * @param groupCode  the claim adjustment group code the remittance put before the reason (X12 835 CAS01); null when
   *                   the denial was recorded without it
   * @param reasonCode the claim adjustment reason code (CARC) alone, e.g. {@code 50}
   */
  public record Denial(LocalDate receivedOn, ClaimAdjustmentGroup groupCode, String reasonCode, String description) {

    /** The reason as a remittance writes it, {@code CO-50}, or the CARC alone when the group is not known. */
    public String code() {
      return new DenialCode(groupCode, reasonCode).toString();
    }

    /** The reason code and the payer's description, for letters and forms, e.g. {@code CO-50 Not medically necessary}. */
    public String reason() {
      return (code() + " " + (description == null ? "" : description)).strip();
    }
  }

  /**
   * The dispute pathway decided for the case (null until classified).
   *
   * @param notes what a person must check because the rules could not decide it (e.g. a state law whose scope is
   *              not verified, or no statutory route configured for the plan type); empty when nothing
   */
  public record Classification(Boolean nsaEligible, Pathway pathway, String stateLaw, List<String> notes) {

    public Classification {
      notes = notes == null ? List.of() : List.copyOf(notes);
    }
  }

  public record Review(String decision, String acceptReason, String note, String reviewedBy, Instant reviewedAt) {}

  /** A claim just accepted at intake, before its process starts. */
  static Claim opened(String id, NewClaim claim, String createdBy, Instant createdAt) {
    return new Claim(id, claim.claimNumber(), claim.payer(), claim.provider(), claim.patientAccount(),
        claim.planType(), claim.planState(), claim.serviceState(), claim.serviceCategory(),
        claim.noticeAndConsentObtained(), claim.circumstances(), claim.serviceDate(), claim.submittedOn(), claim.lines(),
        claim.initialPayment(), claim.denial(), null, ClaimStatus.OPEN, Stage.INTAKE, null, null, null, null,
        createdBy, createdAt);
  }

  public Claim withClassification(Classification classification, Stage stage) {
    return new Claim(id, claimNumber, payer, provider, patientAccount, planType, planState, serviceState,
        serviceCategory, noticeAndConsentObtained, circumstances, serviceDate, submittedOn, lines, initialPayment,
        denial, classification, status, stage, review, outcome, closedAt, processInstanceId, createdBy, createdAt);
  }

  /** The dispute pathway; null until classified. */
  public Pathway pathway() {
    return classification == null ? null : classification.pathway();
  }

  /** The state whose specified law applies (pathway STATE_PROCESS); null otherwise. */
  public String stateLaw() {
    return classification == null ? null : classification.stateLaw();
  }

  public BigDecimal totalBilled() {
    return sum(ClaimLine::billedAmount);
  }

  public BigDecimal totalPaid() {
    return sum(ClaimLine::paidOrZero);
  }

  public Optional<BigDecimal> totalQpa() {
    if (lines.stream().anyMatch(line -> line.qpa() == null)) {
      return Optional.empty();
    }
    return Optional.of(sum(ClaimLine::qpa));
  }

  /** Billed but unpaid: what the case can recover at most. */
  public BigDecimal amountAtStake() {
    return totalBilled().subtract(totalPaid()).max(BigDecimal.ZERO);
  }

  /** True when any line is paid below its QPA: accepting such a payment needs a written reason. */
  public boolean paidBelowQpa() {
    return lines.stream().anyMatch(line -> line.gapToQpa().signum() > 0);
  }

  public boolean paymentOrDenialKnown() {
    return initialPayment != null || denial != null;
  }

  public Optional<LocalDate> paymentDeterminationReceivedOn() {
    if (initialPayment != null) {
      return Optional.of(initialPayment.receivedOn());
    }
    return Optional.ofNullable(denial).map(Denial::receivedOn);
  }

  private BigDecimal sum(Function<ClaimLine, BigDecimal> amount) {
    return lines.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
