-- The deadline calendar across cases: each open case's deadlines as its own list computes them (deadlines/), kept
-- so that the calendar's first page is one indexed query however many cases are open. Refreshed by the calendar
-- itself for the cases that changed since its last refresh (oversight/CalendarRefresh); never the source of truth.
CREATE TABLE calendar_deadline (
    claim_id       VARCHAR(36)   NOT NULL REFERENCES claim (id),
    -- the case as the calendar shows and filters it, kept with each row so a page needs no join
    claim_number   VARCHAR(64)   NOT NULL,
    payer_id       VARCHAR(64)   NOT NULL,
    payer_name     VARCHAR(200)  NOT NULL,
    pathway        VARCHAR(32),
    stage          VARCHAR(32)   NOT NULL,
    code           VARCHAR(64)   NOT NULL,
    due_on         DATE          NOT NULL,
    title          VARCHAR(300)  NOT NULL,
    citation       VARCHAR(500),
    binds          VARCHAR(32),
    rule_set       VARCHAR(32),
    status         VARCHAR(16)   NOT NULL,
    met_on         DATE,
    -- the day open work due by it is escalated (the escalation margin before due_on)
    escalation_on  DATE          NOT NULL,
    PRIMARY KEY (claim_id, code, due_on)
);

-- the calendar's order, so a page is read off the index; and the same per payer
CREATE INDEX ix_calendar_deadline_due ON calendar_deadline (due_on, claim_number, code);
CREATE INDEX ix_calendar_deadline_payer ON calendar_deadline (payer_id, due_on, claim_number, code);
CREATE INDEX ix_calendar_deadline_open_passed ON calendar_deadline (status, due_on);

-- when the calendar was last brought up to date (one row); none: every open case is computed on the first request
CREATE TABLE calendar_refresh (
    id            INT  PRIMARY KEY,
    refreshed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- what the refresh asks: which cases changed since a moment
CREATE INDEX ix_claim_closed_at ON claim (closed_at);
CREATE INDEX ix_claim_reviewed_at ON claim (reviewed_at);
CREATE INDEX ix_claim_event_recorded_at ON claim_event (recorded_at);
CREATE INDEX ix_payment_recorded_at ON payment (recorded_at);
