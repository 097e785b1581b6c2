package org.claimrecovery.remittance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one 835 transaction (ST to SE) says about the payment as a whole: who paid whom, how much, when, and the
 * check or EFT trace that ties the claims to the money.
 *
 * @param traceNumber     TRN02, the check or EFT trace number
 * @param originatorId    TRN03, the payer's identifier (1 and its TIN, or another number it chose)
 * @param paymentDate     BPR16, the day the payment was issued; else DTM*405, the production date
 * @param payer           N1*PR with its identifiers (N104, REF*2U)
 * @param payee           N1*PE with its NPI (XX) or TIN (FI) and REF*TJ
 */
public record RemittanceAdvice(String traceNumber, String originatorId, LocalDate paymentDate, BigDecimal totalPaid,
    String paymentMethod, Payer payer, Payee payee) {

  /**
   * @param identifiers every identifier the payer gave itself in the file, most specific first: REF*2U, N104, TRN03
   */
  public record Payer(String name, java.util.List<String> identifiers) {

    /** The identifier the product keys a payer by when no rules entry names it: the first the file gives. */
    public String primaryIdentifier() {
      return identifiers.isEmpty() ? null : identifiers.get(0);
    }
  }

  /** @param state N4 of the payee, the region benchmarks are looked up in */
  public record Payee(String name, String npi, String tin, String state) {}
}
