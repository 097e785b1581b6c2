package org.claimrecovery.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.IntFunction;

/**
 * X12 835 files for tests, written segment by segment: one payment of a payer (REF*2U) to Riverside Emergency
 * Physicians (NPI 1234567893, TIN 123456789, Florida), its claims as the test gives them. Segment counts are computed,
 * so a file is valid unless a test breaks it on purpose.
 */
public final class Remittances {

  private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

  private Remittances() {}

  /** A file of one payment with the given claims (each one or more segments ending in ~). */
  public static String file(int control, String payerRef, String trace, LocalDate paidOn, List<String> claims) {
    var out = new java.io.StringWriter();
    write(out, control, payerRef, trace, paidOn, claims.size(), claims::get);
    return out.toString();
  }

  /** Streams a file of {@code count} claims, the claim {@code i} (from 0) given by {@code claimAt}. */
  public static void write(Writer out, int control, String payerRef, String trace, LocalDate paidOn, int count,
      IntFunction<String> claimAt) {
    try {
      String date = paidOn.format(CCYYMMDD);
      String isaControl = "%09d".formatted(control);
      out.write("ISA*00*          *00*          *ZZ*PAYER          *ZZ*RIVERSIDEEP    *" + date.substring(2)
          + "*1200*^*00501*" + isaControl + "*0*T*:~\n");
      out.write("GS*HP*PAYER*RIVERSIDEEP*" + date + "*1200*" + control + "*X*005010X221A1~\n");
      String header = "BPR*I*0*C*NON************" + date + "~\n"
          + "TRN*1*" + trace + "*1123456789~\n"
          + "DTM*405*" + date + "~\n"
          + "N1*PR*TEST PAYER " + payerRef + "~\nREF*2U*" + payerRef + "~\n"
          + "N1*PE*RIVERSIDE EMERGENCY PHYSICIANS*XX*1234567893~\nN4*TAMPA*FL*33602~\nREF*TJ*123456789~\n"
          + "LX*1~\n";
      out.write("ST*835*0001~\n");
      out.write(header);
      long segments = 2 + header.chars().filter(c -> c == '~').count();
      for (int i = 0; i < count; i++) {
        String claim = claimAt.apply(i);
        segments += claim.chars().filter(c -> c == '~').count();
        out.write(claim);
      }
      out.write("SE*" + segments + "*0001~\nGE*1*" + control + "~\nIEA*1*" + isaControl + "~\n");
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  /**
   * A claim with one service line, received by the payer three days after the service.
   *
   * @param status CLP02: 1 paid as primary, 4 denied
   * @param lineSegments segments after the line's SVC and date, e.g. {@code "LQ*HE*N864~"}
   */
  public static String claim(String number, String status, String billed, String paid, String serviceCode,
      LocalDate servedOn, String lineSegments) {
    String served = servedOn.format(CCYYMMDD);
    return "CLP*" + number + "*" + status + "*" + billed + "*" + paid + "*0*12*PCN-" + number + "~\n"
        + "NM1*QC*1*TEST*PATIENT****MI*X" + Math.abs(number.hashCode()) + "~\n"
        + "DTM*050*" + servedOn.plusDays(3).format(CCYYMMDD) + "~\nDTM*232*" + served + "~\n"
        + "SVC*HC:" + serviceCode + "*" + billed + "*" + paid + "~\nDTM*472*" + served + "~\n"
        + lineSegments;
  }
}
