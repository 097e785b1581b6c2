package org.claimrecovery.deadlines;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessCalendarTest {

  private final BusinessCalendar calendar = new BusinessCalendar();

  @ParameterizedTest(name = "{0}: {1} is observed on {2}")
  @CsvSource(delimiter = '|', textBlock = """
            5 U.S.C. 6103(a)                   | New Year's Day                               | 2026-01-01
            5 U.S.C. 6103(a)                   | Birthday of Martin Luther King, Jr.          | 2026-01-19
            5 U.S.C. 6103(a)                   | Washington's Birthday                        | 2026-02-16
            5 U.S.C. 6103(a)                   | Memorial Day                                 | 2026-05-25
            5 U.S.C. 6103(a)                   | Juneteenth National Independence Day         | 2026-06-19
            5 U.S.C. 6103(b); EO 11582         | Independence Day (observed)                  | 2026-07-03
            5 U.S.C. 6103(a)                   | Labor Day                                    | 2026-09-07
            5 U.S.C. 6103(a)                   | Columbus Day                                 | 2026-10-12
            5 U.S.C. 6103(a)                   | Veterans Day                                 | 2026-11-11
            5 U.S.C. 6103(a)                   | Thanksgiving Day                             | 2026-11-26
            5 U.S.C. 6103(a)                   | Christmas Day                                | 2026-12-25
            5 U.S.C. 6103(a)                   | New Year's Day                               | 2027-01-01
            5 U.S.C. 6103(a)                   | Birthday of Martin Luther King, Jr.          | 2027-01-18
            5 U.S.C. 6103(a)                   | Washington's Birthday                        | 2027-02-15
            5 U.S.C. 6103(a)                   | Memorial Day                                 | 2027-05-31
            5 U.S.C. 6103(b); EO 11582         | Juneteenth National Independence Day (observed) | 2027-06-18
            5 U.S.C. 6103(b); EO 11582         | Independence Day (observed)                  | 2027-07-05
            5 U.S.C. 6103(a)                   | Labor Day                                    | 2027-09-06
            5 U.S.C. 6103(a)                   | Columbus Day                                 | 2027-10-11
            5 U.S.C. 6103(a)                   | Veterans Day                                 | 2027-11-11
            5 U.S.C. 6103(a)                   | Thanksgiving Day                             | 2027-11-25
            5 U.S.C. 6103(b); EO 11582         | Christmas Day (observed)                     | 2027-12-24
            5 U.S.C. 6103(b); EO 11582         | New Year's Day (observed)                    | 2027-12-31
            5 U.S.C. 6103(a)                   | Birthday of Martin Luther King, Jr.          | 2028-01-17
            5 U.S.C. 6103(a)                   | Washington's Birthday                        | 2028-02-21
            5 U.S.C. 6103(a)                   | Memorial Day                                 | 2028-05-29
            5 U.S.C. 6103(a)                   | Juneteenth National Independence Day         | 2028-06-19
            5 U.S.C. 6103(a)                   | Independence Day                             | 2028-07-04
            5 U.S.C. 6103(a)                   | Labor Day                                    | 2028-09-04
            5 U.S.C. 6103(a)                   | Columbus Day                                 | 2028-10-09
            5 U.S.C. 6103(b); EO 11582         | Veterans Day (observed)                      | 2028-11-10
            5 U.S.C. 6103(a)                   | Thanksgiving Day                             | 2028-11-23
            5 U.S.C. 6103(a)                   | Christmas Day                                | 2028-12-25
            """)
  void federalHolidayIsObservedAndNotABusinessDay(String citation, String name, LocalDate observedOn) {
    assertThat(calendar.holidayOn(observedOn)).hasValueSatisfying(holiday -> {
      assertThat(holiday.name()).isEqualTo(name);
      assertThat(holiday.citation()).startsWith("5 U.S.C. 6103");
    });
    assertThat(calendar.isBusinessDay(observedOn)).isFalse();
    assertThat(calendar.holidaysIn(observedOn.getYear())).extracting(Holiday::observedOn).contains(observedOn);
  }

  @ParameterizedTest(name = "5 U.S.C. 6103: {0} has {1} observed holidays")
  @CsvSource({
      "2026, 11",
      "2027, 12", // gains New Year's Day 2028, observed Friday 2027-12-31
      "2028, 10", // loses it to 2027
  })
  void holidaysAreCountedInTheYearTheyAreObserved(int year, int count) {
    List<Holiday> holidays = calendar.holidaysIn(year);
    assertThat(holidays).hasSize(count);
    assertThat(holidays).allSatisfy(h -> assertThat(h.observedOn().getYear()).isEqualTo(year));
    assertThat(holidays).extracting(Holiday::observedOn).isSorted();
  }

  @ParameterizedTest(name = "5 U.S.C. 6103: {0} is a business day = {1} ({2})")
  @CsvSource({
      "2026-07-04, false, Saturday holiday itself: weekend",
      "2027-07-04, false, Sunday holiday itself: weekend",
      "2027-12-31, false, New Year's Day 2028 observed",
      "2028-01-03, true,  no Monday in lieu for a Saturday holiday",
      "2026-07-06, true,  ordinary Monday",
      "2026-06-18, true,  day before Juneteenth",
      "2026-11-27, true,  day after Thanksgiving is not a federal holiday",
  })
  void businessDays(LocalDate date, boolean businessDay, String why) {
    assertThat(calendar.isBusinessDay(date)).as(why).isEqualTo(businessDay);
  }

  @Test
  void closureFromDataIsNotABusinessDay() {
    Closure closure = new Closure(LocalDate.of(2026, 12, 24), "Christmas Eve closure",
        "Executive Order (example), 2026-12-24");
    BusinessCalendar withClosure = new BusinessCalendar(List.of(closure));

    assertThat(withClosure.isBusinessDay(LocalDate.of(2026, 12, 24))).isFalse();
    assertThat(withClosure.holidayOn(LocalDate.of(2026, 12, 24)))
        .contains(new Holiday(LocalDate.of(2026, 12, 24), "Christmas Eve closure",
            "Executive Order (example), 2026-12-24"));
    assertThat(withClosure.holidaysIn(2026)).hasSize(12);
    assertThat(withClosure.addBusinessDays(LocalDate.of(2026, 12, 23), 1)).isEqualTo(LocalDate.of(2026, 12, 28));
    assertThat(calendar.isBusinessDay(LocalDate.of(2026, 12, 24))).isTrue();
  }

  @Test
  void closureWithoutCitationIsRejected() {
    assertThatThrownBy(() -> new Closure(LocalDate.of(2026, 12, 24), "Christmas Eve", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-12-24")
        .hasMessageContaining("citation");
  }

  @ParameterizedTest(name = "{0} → next business day on or after = {1}")
  @CsvSource({
      "2026-06-01, 2026-06-01",
      "2026-07-03, 2026-07-06",
      "2027-12-24, 2027-12-27",
      "2027-12-31, 2028-01-03",
  })
  void nextBusinessDayOnOrAfter(LocalDate date, LocalDate expected) {
    assertThat(calendar.nextBusinessDayOnOrAfter(date)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} + {1} business days = {2}")
  @CsvSource({
      "2026-07-02,  1, 2026-07-06",
      "2026-07-06, -1, 2026-07-02",
      "2027-12-23,  2, 2027-12-28",
      "2028-01-04, -5, 2027-12-27",
      "2026-06-01,  0, 2026-06-01",
  })
  void addBusinessDays(LocalDate start, int n, LocalDate expected) {
    assertThat(calendar.addBusinessDays(start, n)).isEqualTo(expected);
  }
}
