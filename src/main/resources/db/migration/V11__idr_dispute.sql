-- A claim's federal IDR dispute (45 CFR 149.510(b)(2)-(c)): what was filed, with whom, what the entity decided and
-- what it cost. One row per claim; the dated facts that deadlines count from are claim events as well.
CREATE TABLE idr_dispute (
    claim_id               VARCHAR(36)    PRIMARY KEY REFERENCES claim (id),
    status                 VARCHAR(24)    NOT NULL,
    offer_amount           NUMERIC(12, 2),
    offer_justification    VARCHAR(4000),
    override_reason        VARCHAR(2000),
    preferred_entity       VARCHAR(200),
    dispute_number         VARCHAR(64),
    initiated_on           DATE,
    entity                 VARCHAR(200),
    entity_selected_on     DATE,
    offers_submitted_on    DATE,
    submitted_offer        NUMERIC(12, 2),
    fees_paid              NUMERIC(12, 2),
    result                 VARCHAR(16),
    decided_amount         NUMERIC(12, 2),
    decided_on             DATE,
    ineligible_reasons     VARCHAR(4000),
    updated_by             VARCHAR(64)    NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL
);

-- cooling-off lookups: determinations against a payer
CREATE INDEX ix_idr_dispute_decided ON idr_dispute (result, decided_on);
