package org.claimrecovery.deadlines;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The counting conventions for statutory deadlines, in one place (domain brief §3 "Counting conventions").
 * Every due date in the product is computed here, so a change of convention is a change of this class only.
 */
public final class DeadlineCounting {

  private final BusinessCalendar calendar;

  public DeadlineCounting(BusinessCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  public BusinessCalendar calendar() {
    return calendar;
  }

  /**
   * The last day on which the act is on time.
   *
   * @param anchor        the day the period is counted from
   * @param length        how many units the period lasts (positive)
   * @param unit          business days, calendar days or months
   * @param startsNextDay business days only: day 1 is the first business day strictly after {@code anchor}
   *                      ("N business days after D") instead of {@code anchor} itself ("beginning on D")
   */
  public LocalDate dueOn(LocalDate anchor, int length, DeadlineUnit unit, boolean startsNextDay) {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(unit, "unit");
    if (length <= 0) {
      throw new IllegalArgumentException("A deadline length must be positive, was " + length);
    }
    return switch (unit) {
      case BUSINESS_DAYS -> businessDays(anchor, length, startsNextDay);
      // "within N calendar days after D" is D + N; no roll-over to a business day is prescribed
      case CALENDAR_DAYS -> anchor.plusDays(length);
      case MONTHS -> months(anchor, length);
    };
  }

  /**
   * The day open work is escalated: {@code businessDaysBefore} business days before {@code dueOn}.
   * Always a business day, even when {@code dueOn} is not (e.g. a calendar-day deadline ending on a Saturday).
   */
  public LocalDate escalationDate(LocalDate dueOn, int businessDaysBefore) {
    if (businessDaysBefore < 0) {
      throw new IllegalArgumentException("businessDaysBefore must not be negative, was " + businessDaysBefore);
    }
    if (businessDaysBefore == 0) {
      return calendar.previousBusinessDayOnOrBefore(dueOn);
    }
    return calendar.addBusinessDays(dueOn, -businessDaysBefore);
  }

  private LocalDate businessDays(LocalDate anchor, int length, boolean startsNextDay) {
    LocalDate dayOne = calendar.nextBusinessDayOnOrAfter(startsNextDay ? anchor.plusDays(1) : anchor);
    return calendar.addBusinessDays(dayOne, length - 1);
  }

  /**
   * Same day number {@code months} later; when that month is too short, the first day of the month after.
   * Deliberately not {@link LocalDate#plusMonths}, which clamps to the month's last day and so would end
   * the period one or more days early.
   */
  private static LocalDate months(LocalDate anchor, int months) {
    YearMonth target = YearMonth.from(anchor).plusMonths(months);
    int day = anchor.getDayOfMonth();
    return day <= target.lengthOfMonth() ? target.atDay(day) : target.plusMonths(1).atDay(1);
  }
}
