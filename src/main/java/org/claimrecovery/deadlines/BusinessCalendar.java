package org.claimrecovery.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Business days for federal deadlines: Monday to Friday, except legal public holidays on the day they are
 * observed (5 U.S.C. 6103) and extra closures given as data.
 *
 * <p>Holidays are derived by rule for any year, never listed per year, so the calendar does not run out.
 * Thread-safe and immutable apart from an internal per-year cache.
 */
public final class BusinessCalendar {

  static final String HOLIDAY_CITATION = "5 U.S.C. 6103(a)";
  /** Saturday holidays move to Friday, Sunday holidays to Monday, for the Monday-Friday workweek. */
  static final String OBSERVED_CITATION = "5 U.S.C. 6103(a), (b); Executive Order 11582";

  private final Map<LocalDate, Holiday> closures;
  private final Map<Integer, Map<LocalDate, Holiday>> observedByYear = new ConcurrentHashMap<>();

  /** A calendar with federal holidays only. */
  public BusinessCalendar() {
    this(List.of());
  }

  public BusinessCalendar(Collection<Closure> closures) {
    this.closures = closures.stream()
        .collect(Collectors.toUnmodifiableMap(Closure::date, Closure::asHoliday, (first, second) -> {
          throw new IllegalArgumentException("Two closures on " + first.observedOn()
              + ": '" + first.name() + "' and '" + second.name() + "'");
        }));
  }

  public boolean isBusinessDay(LocalDate date) {
    return !isWeekend(date) && holidayOn(date).isEmpty();
  }

  /**
   * The holiday or closure that makes {@code date} a non-business day, if any. A federal holiday is reported
   * on the day it is observed, which may lie in the previous year (New Year's Day 2028 → 2027-12-31).
   */
  public Optional<Holiday> holidayOn(LocalDate date) {
    Holiday federal = observedIn(date.getYear()).get(date);
    return Optional.ofNullable(federal != null ? federal : closures.get(date));
  }

  /** Every holiday and closure observed during {@code year}, in date order. */
  public List<Holiday> holidaysIn(int year) {
    List<Holiday> result = new ArrayList<>(observedIn(year).values());
    closures.values().stream()
        .filter(closure -> closure.observedOn().getYear() == year)
        .filter(closure -> !observedIn(year).containsKey(closure.observedOn()))
        .forEach(result::add);
    result.sort(Comparator.comparing(Holiday::observedOn));
    return List.copyOf(result);
  }

  public LocalDate nextBusinessDayOnOrAfter(LocalDate date) {
    LocalDate day = date;
    while (!isBusinessDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  public LocalDate previousBusinessDayOnOrBefore(LocalDate date) {
    LocalDate day = date;
    while (!isBusinessDay(day)) {
      day = day.minusDays(1);
    }
    return day;
  }

  /**
   * The date {@code n} business days after {@code start} (or {@code |n|} business days before it when n is
   * negative). {@code start} itself is never counted, so the result for n ≠ 0 is always a business day;
   * n = 0 returns {@code start} unchanged.
   */
  public LocalDate addBusinessDays(LocalDate start, int n) {
    int step = n < 0 ? -1 : 1;
    LocalDate day = start;
    for (int remaining = Math.abs(n); remaining > 0; ) {
      day = day.plusDays(step);
      if (isBusinessDay(day)) {
        remaining--;
      }
    }
    return day;
  }

  private static boolean isWeekend(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }

  /** Federal holidays whose observed day falls in {@code year}, keyed by that day. */
  private Map<LocalDate, Holiday> observedIn(int year) {
    return observedByYear.computeIfAbsent(year, y -> {
      // the observed day can cross a year boundary (Jan 1 on a Saturday → Dec 31), so look one year
      // either side and keep what lands in this year
      List<Holiday> candidates = new ArrayList<>();
      for (int ruleYear = y - 1; ruleYear <= y + 1; ruleYear++) {
        candidates.addAll(legalPublicHolidays(ruleYear));
      }
      return candidates.stream()
          .filter(holiday -> holiday.observedOn().getYear() == y)
          .collect(Collectors.toUnmodifiableMap(Holiday::observedOn, Function.identity()));
    });
  }

  /** The eleven legal public holidays of 5 U.S.C. 6103(a) for {@code year}, moved to their observed day. */
  static List<Holiday> legalPublicHolidays(int year) {
    return List.of(
        observed(LocalDate.of(year, Month.JANUARY, 1), "New Year's Day"),
        observed(nth(year, Month.JANUARY, 3, DayOfWeek.MONDAY), "Birthday of Martin Luther King, Jr."),
        observed(nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY), "Washington's Birthday"),
        observed(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
            "Memorial Day"),
        observed(LocalDate.of(year, Month.JUNE, 19), "Juneteenth National Independence Day"),
        observed(LocalDate.of(year, Month.JULY, 4), "Independence Day"),
        observed(nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY), "Labor Day"),
        observed(nth(year, Month.OCTOBER, 2, DayOfWeek.MONDAY), "Columbus Day"),
        observed(LocalDate.of(year, Month.NOVEMBER, 11), "Veterans Day"),
        observed(nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY), "Thanksgiving Day"),
        observed(LocalDate.of(year, Month.DECEMBER, 25), "Christmas Day"));
  }

  private static LocalDate nth(int year, Month month, int ordinal, DayOfWeek dayOfWeek) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, dayOfWeek));
  }

  private static Holiday observed(LocalDate actual, String name) {
    return switch (actual.getDayOfWeek()) {
      case SATURDAY -> new Holiday(actual.minusDays(1), name + " (observed)", OBSERVED_CITATION);
      case SUNDAY -> new Holiday(actual.plusDays(1), name + " (observed)", OBSERVED_CITATION);
      default -> new Holiday(actual, name, HOLIDAY_CITATION);
    };
  }
}
