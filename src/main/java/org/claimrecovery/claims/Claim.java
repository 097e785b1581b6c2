package org.claimrecovery.claims;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.claimrecovery.pathway.Pathway;

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

  public record InitialPayment(LocalDate receivedOn, BigDecimal amount) {}

  public record Denial(LocalDate receivedOn, String reasonCode, String description) {}

  /** The dispute pathway decided for the case (null until classified). */
  public record Classification(Boolean nsaEligible, Pathway pathway, String stateLaw) {}

  public record Review(String decision, String acceptReason, String note, String reviewedBy, Instant reviewedAt) {}

  /** A claim just accepted at intake, before its process starts. */
  static Claim opened(String id, NewClaim claim, String createdBy, Instant createdAt) {
    return new Claim(id, claim.claimNumber(), claim.payer(), claim.provider(), claim.patientAccount(),
        claim.planType(), claim.planState(), claim.serviceState(), claim.serviceCategory(),
        claim.noticeAndConsentObtained(), claim.serviceDate(), claim.submittedOn(), claim.lines(),
        claim.initialPayment(), claim.denial(), null, ClaimStatus.OPEN, Stage.INTAKE, null, null, null, null,
        createdBy, createdAt);
  }

  public Claim withClassification(Classification classification, Stage stage) {
    return new Claim(id, claimNumber, payer, provider, patientAccount, planType, planState, serviceState,
        serviceCategory, noticeAndConsentObtained, serviceDate, submittedOn, lines, initialPayment, denial,
        classification, status, stage, review, outcome, closedAt, processInstanceId, createdBy, createdAt);
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
