package org.claimrecovery.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.claimrecovery.deadlines.CaseEvents.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.claimrecovery.pathway.BilledAs;
import org.claimrecovery.pathway.Pathway;
import org.claimrecovery.pathway.PlanType;
import org.claimrecovery.pathway.ServiceCategory;
import org.junit.jupiter.api.Test;

/**
 * A closed case's deadlines: what was still open on the closing day no longer binds; what was met, missed or had
 * elapsed by then stays so; the cooling-off period, which bars disputes on other claims, runs on.
 */
class ClosedCaseDeadlinesTest {

  private static final DeadlineCalculator CALCULATOR = new DeadlineCalculator(
      RuleBooks.shipped(), new DeadlineCounting(RuleBooks.shippedCalendar().businessCalendar()));

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** An NSA emergency claim paid (too little) on 2026-06-01 whose open negotiation notice went out that day. */
  private static CaseFacts negotiatedNsaClaim() {
    return new CaseFacts(Pathway.FEDERAL_IDR, null, PlanType.SELF_FUNDED_ERISA, ServiceCategory.EMERGENCY,
        BilledAs.PROFESSIONAL, Map.of(
            CLAIM_RECEIVED_BY_PAYER, d("2026-05-05"),
            INITIAL_PAYMENT_OR_DENIAL_RECEIVED, d("2026-06-01"),
            OPEN_NEGOTIATION_STARTED, d("2026-06-01")));
  }

  @Test
  void aSettledNsaCaseShowsNoOpenDeadline_thePeriodAndTheIdrWindowNoLongerBind_45CFR149_510b() {
    var settled = negotiatedNsaClaim().closed(new CaseClosure(d("2026-07-02"), "SETTLED"));

    // a month later IDR_INITIATION (due 2026-07-20) would read as missed on an open case: here it never bound
    var deadlines = CALCULATOR.deadlinesFor(settled, d("2026-08-03"));

    assertThat(deadlines).extracting(Deadline::status).doesNotContain(DeadlineStatus.OPEN);
    assertThat(deadlines)
        .extracting(Deadline::code, Deadline::status, Deadline::statusReason)
        .containsExactly(
            tuple("PAYER_INITIAL_PAYMENT", DeadlineStatus.MET, null),
            tuple("OPEN_NEGOTIATION_INITIATION", DeadlineStatus.MET, null),
            tuple("OPEN_NEGOTIATION_PERIOD_END", DeadlineStatus.NOT_APPLICABLE,
                "the case closed on 2026-07-02 (SETTLED)"),
            tuple("IDR_INITIATION", DeadlineStatus.NOT_APPLICABLE, "the case closed on 2026-07-02 (SETTLED)"));
  }

  @Test
  void aPeriodThatElapsedBeforeTheClosingStaysElapsed_45CFR149_510b1ii() {
    // the period ended 2026-07-14; the case closed on 2026-07-16, inside the IDR initiation window
    var closed = negotiatedNsaClaim().closed(new CaseClosure(d("2026-07-16"), "IDR_INELIGIBLE"));

    assertThat(CALCULATOR.deadlinesFor(closed, d("2026-07-16")))
        .filteredOn(deadline -> deadline.code().startsWith("OPEN_NEGOTIATION_PERIOD") || deadline.code().equals(
            "IDR_INITIATION"))
        .extracting(Deadline::code, Deadline::status)
        .containsExactly(
            tuple("OPEN_NEGOTIATION_PERIOD_END", DeadlineStatus.ELAPSED),
            tuple("IDR_INITIATION", DeadlineStatus.NOT_APPLICABLE));
  }

  @Test
  void anAcceptedPaymentEndsTheOpenNegotiationWindow_45CFR149_510b1i() {
    var accepted = new CaseFacts(Pathway.FEDERAL_IDR, null, PlanType.SELF_FUNDED_ERISA, ServiceCategory.EMERGENCY,
        BilledAs.PROFESSIONAL, Map.of(CLAIM_RECEIVED_BY_PAYER, d("2026-05-05"),
            INITIAL_PAYMENT_OR_DENIAL_RECEIVED, d("2026-06-01")))
        .closed(new CaseClosure(d("2026-06-10"), "INITIAL_PAYMENT_ACCEPTED"));

    assertThat(CALCULATOR.deadlinesFor(accepted, d("2026-07-20")))
        .extracting(Deadline::code, Deadline::status, Deadline::statusReason)
        .containsExactly(
            tuple("PAYER_INITIAL_PAYMENT", DeadlineStatus.MET, null),
            // due 2026-07-14 and never sent: not missed, since the case had ended
            tuple("OPEN_NEGOTIATION_INITIATION", DeadlineStatus.NOT_APPLICABLE,
                "the case closed on 2026-06-10 (INITIAL_PAYMENT_ACCEPTED)"));
  }

  @Test
  void aFilingMissedBeforeTheClosingStaysMissed_29CFR2560_503_1h3i() {
    var missed = new CaseFacts(Pathway.APPEAL, null, PlanType.SELF_FUNDED_ERISA, ServiceCategory.OTHER,
        BilledAs.PROFESSIONAL, Map.of(CLAIM_RECEIVED_BY_PAYER, d("2026-05-05"),
            INITIAL_PAYMENT_OR_DENIAL_RECEIVED, d("2026-06-01")))
        .closed(new CaseClosure(d("2026-11-29"), "APPEAL_MISSED"));

    assertThat(CALCULATOR.deadlinesFor(missed, d("2026-12-15")))
        .extracting(Deadline::code, Deadline::dueOn, Deadline::status)
        .containsExactly(
            tuple("ERISA_CLAIM_DECISION", d("2026-06-04"), DeadlineStatus.MET),
            tuple("INTERNAL_APPEAL_FILING", d("2026-11-28"), DeadlineStatus.MISSED));
  }

  @Test
  void theCoolingOffPeriodRunsOnAfterALostDetermination_45CFR149_510c4vi() {
    var lost = negotiatedNsaClaim()
        .withEvent(IDR_INITIATED, d("2026-07-16"))
        .withEvent(IDR_ENTITY_SELECTED, d("2026-07-21"))
        .withEvent(IDR_DETERMINATION_MADE, d("2026-09-01"))
        .closed(new CaseClosure(d("2026-09-01"), "IDR_LOST"));

    assertThat(CALCULATOR.deadlinesFor(lost, d("2026-09-02")))
        .filteredOn(deadline -> deadline.code().equals("IDR_PAYMENT") || deadline.code().equals("COOLING_OFF_END"))
        .extracting(Deadline::code, Deadline::status, Deadline::statusReason)
        .containsExactly(
            tuple("IDR_PAYMENT", DeadlineStatus.NOT_APPLICABLE, "the case closed on 2026-09-01 (IDR_LOST)"),
            // it bars new disputes against the same payer for the same items, whether this case is closed or not
            tuple("COOLING_OFF_END", DeadlineStatus.IN_FORCE, "runs on after the case closed on 2026-09-01 (IDR_LOST)"));
    assertThat(CALCULATOR.deadlinesFor(lost, d("2026-12-01")))
        .filteredOn(deadline -> deadline.code().equals("COOLING_OFF_END"))
        .extracting(Deadline::status, Deadline::statusReason)
        .containsExactly(tuple(DeadlineStatus.ELAPSED, null));
  }

  @Test
  void aPaymentOwedIsListedWithTheRuleBooksDeadlinesAndEndsWithTheCaseLikeThem() {
    var owed = new FixedDeadline("SETTLEMENT_PAYMENT", "Payer pays the amount agreed", d("2026-08-01"),
        "contract term", "PAYER", null);
    var settled = negotiatedNsaClaim();

    assertThat(CALCULATOR.deadlinesFor(settled, List.of(owed), d("2026-07-02")))
        .extracting(Deadline::code, Deadline::status)
        .containsExactly(
            tuple("PAYER_INITIAL_PAYMENT", DeadlineStatus.MET),
            tuple("OPEN_NEGOTIATION_INITIATION", DeadlineStatus.MET),
            tuple("OPEN_NEGOTIATION_PERIOD_END", DeadlineStatus.OPEN),
            tuple("IDR_INITIATION", DeadlineStatus.OPEN),
            tuple("SETTLEMENT_PAYMENT", DeadlineStatus.OPEN));
    // a short payment written off closes the case: unpaid before its due date, the rest is no longer awaited
    assertThat(CALCULATOR.deadlinesFor(settled.closed(new CaseClosure(d("2026-07-20"), "SETTLED")),
        List.of(owed), d("2026-09-01")))
        .filteredOn(deadline -> deadline.code().equals("SETTLEMENT_PAYMENT"))
        .extracting(Deadline::status).containsExactly(DeadlineStatus.NOT_APPLICABLE);
    // closed after its due date, it was missed
    assertThat(CALCULATOR.deadlinesFor(settled.closed(new CaseClosure(d("2026-08-10"), "SETTLED")),
        List.of(owed), d("2026-09-01")))
        .filteredOn(deadline -> deadline.code().equals("SETTLEMENT_PAYMENT"))
        .extracting(Deadline::status).containsExactly(DeadlineStatus.MISSED);
  }

  @Test
  void anActRecordedAfterTheClosingStillCounts() {
    var closed = negotiatedNsaClaim().withEvent(IDR_INITIATED, d("2026-07-17"))
        .closed(new CaseClosure(d("2026-07-16"), "IDR_INELIGIBLE"));

    assertThat(CALCULATOR.deadlinesFor(closed, d("2026-07-20")))
        .filteredOn(deadline -> deadline.code().equals("IDR_INITIATION"))
        .extracting(Deadline::status, Deadline::metOn)
        .containsExactly(tuple(DeadlineStatus.MET, d("2026-07-17")));
  }
}
