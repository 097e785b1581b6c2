package org.claimrecovery.remittance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One claim of an 835 (loop 2100, CLP) with its service lines (loop 2110, SVC). Patient names (NM1*QC) are not read:
 * the import needs none, and what it does not hold it cannot leak.
 *
 * @param segmentNumber         where its CLP stands in the file (ISA is 1), for the report
 * @param claimNumber           CLP01, the provider's claim number (patient control number)
 * @param status                CLP02 (1 primary, 2 secondary, 4 denied, 22 reversal, …)
 * @param payerClaimControlNumber CLP07
 * @param drg                   CLP11, a diagnosis-related group for institutional claims
 * @param remarkCodes           RARCs of the claim (MOA, MIA) and of its lines (LQ*HE)
 * @param receivedByPayer       DTM*050, the day the payer received the claim
 * @param statementFrom         DTM*232
 */
public record ClaimPayment(int segmentNumber, String claimNumber, String status, BigDecimal billed, BigDecimal paid,
    BigDecimal patientResponsibility, String filingIndicator, String payerClaimControlNumber, String drg,
    List<Adjustment> adjustments, List<String> remarkCodes, List<ServicePayment> services, LocalDate receivedByPayer,
    LocalDate statementFrom, LocalDate statementTo) {

  public static final String DENIED = "4";

  /** A claim adjustment (CAS): its group (CO, PR, OA, PI, CR), reason code (CARC) and amount. */
  public record Adjustment(String group, String reason, BigDecimal amount) {

    /** As a remittance writes it, e.g. {@code CO-45}. */
    public String code() {
      return group + "-" + reason;
    }
  }

  /**
   * One service line (SVC).
   *
   * @param qualifier     SVC01-1: HC (CPT/HCPCS), NU (revenue code), …
   * @param procedureCode SVC01-2
   * @param serviceDate   DTM*472, else DTM*150 (the period's start)
   * @param amounts       AMT by qualifier, e.g. B6 (allowed)
   */
  public record ServicePayment(String qualifier, String procedureCode, List<String> modifiers, BigDecimal billed,
      BigDecimal paid, LocalDate serviceDate, List<Adjustment> adjustments, List<String> remarkCodes,
      java.util.Map<String, BigDecimal> amounts) {}

  public boolean denied() {
    return DENIED.equals(status);
  }

  /** Every remark code of the claim and its lines. */
  public List<String> allRemarkCodes() {
    return Stream.concat(remarkCodes.stream(), services.stream().flatMap(line -> line.remarkCodes().stream()))
        .distinct().toList();
  }

  /** Every adjustment of the claim and its lines. */
  public List<Adjustment> allAdjustments() {
    return Stream.concat(adjustments.stream(), services.stream().flatMap(line -> line.adjustments().stream()))
        .toList();
  }

  /** The first day of care: the statement period's start, else the earliest line's date. */
  public LocalDate serviceDate() {
    if (statementFrom != null) {
      return statementFrom;
    }
    return services.stream().map(ServicePayment::serviceDate).filter(Objects::nonNull).min(LocalDate::compareTo)
        .orElse(null);
  }
}
