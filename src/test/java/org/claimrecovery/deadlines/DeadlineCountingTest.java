package org.claimrecovery.deadlines;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlineCountingTest {

  private final DeadlineCounting counting = new DeadlineCounting(new BusinessCalendar());

  @ParameterizedTest(name = "{0}: {1} + {2} {3} (starts next day: {4}) = {5}")
  @CsvSource(delimiter = '|', textBlock = """
            45 CFR 149.510(b)(1)(ii) worked example: notice sent Mon, Juneteenth and Jul 3 skipped | 2026-06-01 | 30 | BUSINESS_DAYS | false | 2026-07-14
            45 CFR 149.510(b)(2)(i) IDR window BD 31-34 after open negotiation started            | 2026-07-14 |  4 | BUSINESS_DAYS | true  | 2026-07-20
            45 CFR 149.510(b)(1)(i) open negotiation initiation, payment received 2026-06-01      | 2026-06-01 | 30 | BUSINESS_DAYS | false | 2026-07-14
            45 CFR 149.510(b)(1)(i) anchor on a Saturday: day 1 is Monday                          | 2026-06-06 | 30 | BUSINESS_DAYS | false | 2026-07-21
            45 CFR 149.510(b)(1)(i) anchor on a Saturday, 1 BD                                     | 2026-06-06 |  1 | BUSINESS_DAYS | false | 2026-06-08
            45 CFR 149.510(b)(1)(i) anchor on observed Independence Day                            | 2026-07-03 |  1 | BUSINESS_DAYS | false | 2026-07-06
            45 CFR 149.510(b)(1)(i) anchor on observed Independence Day, 30 BD                     | 2026-07-03 | 30 | BUSINESS_DAYS | false | 2026-08-14
            5 U.S.C. 6103 year end: Christmas and New Year observed 2027-12-24 and 2027-12-31      | 2027-12-20 | 10 | BUSINESS_DAYS | false | 2028-01-04
            5 U.S.C. 6103 year end, counted from the day after                                     | 2027-12-20 | 10 | BUSINESS_DAYS | true  | 2028-01-05
            45 CFR 149.510(c)(1)(i) 3 BD after initiation across Christmas                         | 2027-12-23 |  3 | BUSINESS_DAYS | true  | 2027-12-29
            5 U.S.C. 6103 Thanksgiving inside the period                                           | 2026-11-25 |  5 | BUSINESS_DAYS | false | 2026-12-02
            PHS Act 2799A-1(a)(1)(C)(iv) 30 CD                                                     | 2026-06-01 | 30 | CALENDAR_DAYS | false | 2026-07-01
            PHS Act 2799A-1(a)(1)(C)(iv) 30 CD, next-day flag ignored                              | 2026-06-01 | 30 | CALENDAR_DAYS | true  | 2026-07-01
            PHS Act 2799A-1(c)(6) 30 CD across the year end                                        | 2026-12-15 | 30 | CALENDAR_DAYS | false | 2027-01-14
            29 CFR 2560.503-1(h)(3)(i) 180 CD                                                      | 2026-06-01 |180 | CALENDAR_DAYS | false | 2026-11-28
            45 CFR 147.136(d)(2)(i) 4 months, same day number                                      | 2026-01-15 |  4 | MONTHS        | false | 2026-05-15
            45 CFR 147.136(d)(2)(i) 4 months from Oct 31: no Feb 31, so Mar 1                      | 2026-10-31 |  4 | MONTHS        | false | 2027-03-01
            45 CFR 147.136(d)(2)(i) 4 months into a leap-year February                             | 2027-10-29 |  4 | MONTHS        | false | 2028-02-29
            45 CFR 147.136(d)(2)(i) 4 months from Oct 31 into a leap year: Feb 29 < 31, so Mar 1   | 2027-10-31 |  4 | MONTHS        | false | 2028-03-01
            45 CFR 147.136(d)(2)(i) 1 month from Aug 31: no Sep 31, so Oct 1                       | 2026-08-31 |  1 | MONTHS        | false | 2026-10-01
            N.Y. Fin. Serv. Law Art. 6 3 years                                                     | 2026-06-01 | 36 | MONTHS        | false | 2029-06-01
            N.Y. Fin. Serv. Law Art. 6 3 years from Feb 29                                         | 2028-02-29 | 36 | MONTHS        | false | 2031-03-01
            """)
  void dueOn(String citation, LocalDate anchor, int length, DeadlineUnit unit, boolean startsNextDay,
       LocalDate expected) {
    assertThat(counting.dueOn(anchor, length, unit, startsNextDay)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {2} BD before {1} = {3}")
  @CsvSource(delimiter = '|', textBlock = """
            escalation before the worked-example period end           | 2026-07-14 | 5 | 2026-07-07
            escalation across the observed Independence Day           | 2026-07-08 | 5 | 2026-06-30
            escalation from a Saturday (calendar-day deadline)        | 2026-08-01 | 5 | 2026-07-27
            escalation across New Year and Christmas observed in 2027 | 2028-01-04 | 5 | 2027-12-27
            zero days before a Saturday is the Friday                 | 2026-08-01 | 0 | 2026-07-31
            zero days before a business day is that day               | 2026-07-14 | 0 | 2026-07-14
            """)
  void escalationDate(String why, LocalDate dueOn, int businessDaysBefore, LocalDate expected) {
    LocalDate escalation = counting.escalationDate(dueOn, businessDaysBefore);
    assertThat(escalation).isEqualTo(expected);
    assertThat(counting.calendar().isBusinessDay(escalation)).isTrue();
  }

  @Test
  void lengthMustBePositive() {
    assertThatThrownBy(() -> counting.dueOn(LocalDate.of(2026, 6, 1), 0, DeadlineUnit.CALENDAR_DAYS, false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
