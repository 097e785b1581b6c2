package org.claimrecovery.deadlines;

/** How a deadline's length is counted; the conventions themselves live in {@link DeadlineCounting}. */
public enum DeadlineUnit {
    BUSINESS_DAYS,
    CALENDAR_DAYS,
    MONTHS
}
