-- A claim's external review by an independent review organization or the state (45 CFR 147.136(d),
-- 29 CFR 2590.715-2719(d)): what we asked and of whom, when it was requested, when the reviewer must decide (fixed
-- on the request from the deadline rules), and what it decided. One row per claim.
CREATE TABLE external_review (
    claim_id            VARCHAR(36)    NOT NULL PRIMARY KEY REFERENCES claim (id),
    status              VARCHAR(16)    NOT NULL,   -- PREPARING | REQUESTED | DECIDED | MISSED
    grounds             VARCHAR(4000),
    reviewer            VARCHAR(1000),             -- the IRO or state office staff named, with its address or portal
    channel             VARCHAR(16),               -- how the request package goes: MAIL | REVIEW_PORTAL
    request_due_on      DATE,
    requested_on        DATE,
    decision_due_on     DATE,
    decision            VARCHAR(16),               -- OVERTURNED | UPHELD
    decided_amount      NUMERIC(12, 2),
    decided_on          DATE,
    note                VARCHAR(2000),
    updated_by          VARCHAR(64)    NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
