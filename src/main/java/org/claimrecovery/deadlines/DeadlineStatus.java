package org.claimrecovery.deadlines;

public enum DeadlineStatus {
    /** Not yet fulfilled and still on time. */
    OPEN,
    /** Fulfilled on or before the due date. */
    MET,
    /** Fulfilled late, or not fulfilled and the due date has passed. */
    MISSED,
    /** A period no act fulfils (e.g. the open negotiation period) whose last day has passed: over, not missed. */
    ELAPSED,
    /**
     * No longer binds: the case closed while the deadline was still open (the deadline's statusReason says when and
     * how). A deadline met, missed or elapsed by then keeps that status.
     */
    NOT_APPLICABLE,
    /**
     * A period that outlives its closed case and still runs: nothing on the case is due, but the period still binds
     * beyond it (the cooling-off period after an IDR determination bars new disputes on other claims until it ends).
     */
    IN_FORCE
}
