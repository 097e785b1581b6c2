-- Each level of a claim's internal appeal (29 CFR 2560.503-1(h)-(i)): what we filed and when, when the payer must
-- decide (fixed on filing from rules/appeals.yaml), and what it decided. One row per claim and level.
CREATE TABLE appeal_level (
    claim_id            VARCHAR(36)    NOT NULL REFERENCES claim (id),
    level               INTEGER        NOT NULL,
    levels              INTEGER        NOT NULL,
    status              VARCHAR(16)    NOT NULL,
    grounds             VARCHAR(4000),
    evidence            VARCHAR(4000),
    filing_due_on       DATE,
    filed_on            DATE,
    decision_due_on     DATE,
    decision            VARCHAR(24),
    decided_amount      NUMERIC(12, 2),
    decided_on          DATE,
    note                VARCHAR(2000),
    updated_by          VARCHAR(64)    NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (claim_id, level)
);
