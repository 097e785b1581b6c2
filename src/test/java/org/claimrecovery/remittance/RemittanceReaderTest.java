package org.claimrecovery.remittance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimrecovery.refusal.Refusal;
import org.claimrecovery.remittance.ClaimPayment.Adjustment;
import org.junit.jupiter.api.Test;

/** The 835 as StAEDI streams it: what each segment becomes, and where a broken file is refused. */
class RemittanceReaderTest {

  record Read(RemittanceAdvice advice, ClaimPayment claim) {}

  static String fixture(String name) {
    try (InputStream in = RemittanceReaderTest.class.getResourceAsStream("/x12/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException missing) {
      throw new UncheckedIOException(missing);
    }
  }

  static List<Read> read(String file) {
    var claims = new ArrayList<Read>();
    RemittanceReader.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.ISO_8859_1)),
        (advice, claim) -> claims.add(new Read(advice, claim)));
    return claims;
  }

  static RemittanceRefused refusal(String file) {
    var thrown = new RemittanceRefused[1];
    assertThatThrownBy(() -> RemittanceReader.validate(new ByteArrayInputStream(
        file.getBytes(StandardCharsets.ISO_8859_1)))).isInstanceOfSatisfying(RemittanceRefused.class,
            refused -> thrown[0] = refused);
    return thrown[0];
  }

  @Test
  void theNsaFixtureMapsPayerPayeeTraceDatesLinesAdjustmentsAndRemarkCodes() {
    var claims = read(fixture("nsa-emergency-underpaid.835"));
    assertThat(claims).hasSize(5);
    var advice = claims.get(0).advice();
    assertThat(advice.traceNumber()).isEqualTo("EFT-NSA-0605");
    // BPR16 (the payment's date) before DTM*405 (the file's production date, a day earlier)
    assertThat(advice.paymentDate()).isEqualTo(LocalDate.of(2026, 6, 5));
    assertThat(advice.payer().name()).isEqualTo("SUNSHINE HEALTH PLAN");
    // REF*2U first, then TRN03
    assertThat(advice.payer().identifiers()).containsExactly("SUNSHINE01", "1123456789");
    assertThat(advice.payee()).isEqualTo(new RemittanceAdvice.Payee("RIVERSIDE EMERGENCY PHYSICIANS", "1234567893",
        "123456789", "FL"));

    var underpaid = claims.get(0).claim();
    assertThat(underpaid.claimNumber()).isEqualTo("NSA-1001");
    assertThat(underpaid.segmentNumber()).isEqualTo(16);
    assertThat(underpaid.billed()).isEqualByComparingTo("2400.00");
    assertThat(underpaid.paid()).isEqualByComparingTo("400.00");
    assertThat(underpaid.payerClaimControlNumber()).isEqualTo("PCN-NSA-1001");
    assertThat(underpaid.receivedByPayer()).isEqualTo(LocalDate.of(2026, 5, 15));
    assertThat(underpaid.adjustments()).containsExactly(new Adjustment("PR", "2", new java.math.BigDecimal("100.00")));
    var line = underpaid.services().get(0);
    assertThat(line.qualifier()).isEqualTo("HC");
    assertThat(line.procedureCode()).isEqualTo("99285");
    assertThat(line.serviceDate()).isEqualTo(LocalDate.of(2026, 5, 12));
    assertThat(line.adjustments()).extracting(Adjustment::code).containsExactly("CO-45");
    assertThat(underpaid.allRemarkCodes()).containsExactly("N864");

    var denied = claims.get(1).claim();
    assertThat(denied.denied()).isTrue();
    assertThat(denied.adjustments()).extracting(Adjustment::code).containsExactly("CO-50");
    assertThat(claims.get(4).claim().allRemarkCodes()).containsExactly("N866");
  }

  @Test
  void aValidatedFileReadsTheSameWithoutTheSchema() {
    for (String fixture : List.of("nsa-emergency-underpaid.835", "demo.835", "corrected/managed-care.835",
        "corrected/secondary-payment.835", "corrected/cob-contractural-adjustment.835")) {
      String file = fixture(fixture);
      var unvalidated = new ArrayList<Read>();
      RemittanceReader.readValidated(new ByteArrayInputStream(file.getBytes(StandardCharsets.ISO_8859_1)),
          (advice, claim) -> unvalidated.add(new Read(advice, claim)));
      assertThat(unvalidated).as(fixture).isNotEmpty().isEqualTo(read(file));
    }
  }

  @Test
  void institutionalClaimsKeepTheirOutpatientRemarkCodesAndStatementDates() {
    var claims = read(fixture("demo.835"));
    assertThat(claims).extracting(read -> read.claim().claimNumber()).containsExactly("666123", "777777");
    assertThat(claims.get(0).advice().payer().identifiers()).containsExactly("999", "1512345678");
    assertThat(claims.get(0).claim().statementFrom()).isEqualTo(LocalDate.of(2002, 8, 16));
    assertThat(claims.get(0).claim().services()).isEmpty();
    // MOA*** MA02
    assertThat(claims.get(1).claim().remarkCodes()).containsExactly("MA02");
  }

  @Test
  void aComponentSeparatorOtherThanTheInterchangeDeclaresIsRefusedWhereItIsUsed() {
    // the public sample writes HC>55669 while its ISA16 declares ':'
    var refused = refusal(fixture("cob-contractural-adjustment.835"));
    assertThat(refused.refusal()).isEqualTo(Refusal.UNPROCESSABLE);
    assertThat(refused.problems().get(0)).isEqualTo(new FileProblem(21, "SVC", 1,
        "data element too long ('HC>55669') in component 1"));
    // with ISA16 '>' the same content reads
    var claims = read(fixture("corrected/cob-contractural-adjustment.835"));
    assertThat(claims.get(0).claim().services().get(0).procedureCode()).isEqualTo("55669");
    assertThat(claims.get(0).claim().services().get(0).amounts()).containsKey("B6");
  }

  @Test
  void anImpossibleDateIsRefusedWithItsSegmentAndElement() {
    var refused = refusal(fixture("managed-care.835"));
    assertThat(refused.problems()).containsExactly(new FileProblem(4, "BPR", 16, "invalid date ('20002316')"));
    assertThat(refused.getMessage()).contains("segment 4 (BPR16): invalid date");
  }

  @Test
  void aTruncatedFileIsRefusedAtTheSegmentWhereItEnds() {
    String good = fixture("nsa-emergency-underpaid.835");
    String truncated = good.substring(0, good.indexOf("CLP*NSA-1002"));
    var refused = refusal(truncated);
    var last = refused.problems().get(refused.problems().size() - 1);
    assertThat(last.segment()).isEqualTo(25);
    assertThat(last.problem()).contains("truncated");
  }

  @Test
  void aBrokenClpIsRefusedWithItsSegmentNumberIdAndElement() {
    String good = fixture("nsa-emergency-underpaid.835");
    var badStatus = refusal(good.replace("CLP*NSA-1002*4*", "CLP*NSA-1002*9*"));
    assertThat(badStatus.problems()).containsExactly(new FileProblem(26, "CLP", 2, "invalid code value ('9')"));
    var noAmounts = refusal(good.replace("CLP*NSA-1003*1*900.00*900.00*0*12*PCN-NSA-1003", "CLP*NSA-1003"));
    assertThat(noAmounts.problems()).extracting(FileProblem::element).containsExactly(2, 3, 4);
    assertThat(noAmounts.problems()).allSatisfy(problem -> assertThat(problem.segmentId()).isEqualTo("CLP"));
    var letters = refusal(good.replace("CLP*NSA-1001*1*2400.00", "CLP*NSA-1001*1*24OO.00"));
    assertThat(letters.problems()).containsExactly(new FileProblem(16, "CLP", 3, "invalid character data ('24OO.00')"));
  }

  @Test
  void segmentsOutOfOrderAndMissingSegmentsAreNamed() {
    String good = fixture("nsa-emergency-underpaid.835");
    var noTrace = refusal(good.replace("TRN*1*EFT-NSA-0605*1123456789~\n", ""));
    assertThat(noTrace.problems().get(0)).isEqualTo(new FileProblem(5, "TRN", null,
        "required segment TRN is missing: expected before segment 5"));
    // an SVC's adjustment without its SVC stands after the claim's dates where no CAS may
    var orphan = refusal(good.replace("SVC*HC:99285*2400.00*400.00~\nDTM*472*20260512~\n", ""));
    assertThat(orphan.problems().get(0)).isEqualTo(new FileProblem(22, "CAS", null, "segment not in proper sequence"));
  }

  @Test
  void somethingThatIsNotX12IsUnreadable() {
    var refused = refusal("hello, this is a PDF");
    assertThat(refused.refusal()).isEqualTo(Refusal.INVALID);
    assertThat(refused.problems()).containsExactly(new FileProblem(1, null, null,
        "the file does not begin with an X12 interchange header (ISA)"));
  }

  @Test
  void readingStreamsClaimsBeforeAProblemIsFoundSoTheImportChecksTheWholeFileFirst() {
    String good = fixture("nsa-emergency-underpaid.835");
    var handed = new ArrayList<String>();
    assertThatThrownBy(() -> RemittanceReader.read(new ByteArrayInputStream(good.replace("CLP*NSA-1004*1*",
        "CLP*NSA-1004*7*").getBytes(StandardCharsets.ISO_8859_1)), (advice, claim) -> handed.add(claim.claimNumber())))
        .isInstanceOf(RemittanceRefused.class);
    // read() streams: claims before the problem were handed on; the import checks the whole file first
    assertThat(handed).containsExactly("NSA-1001", "NSA-1002", "NSA-1003");
  }
}
