-- The negotiation stage: one negotiation per claim (NSA open negotiation), its rounds of offers and
-- responses, and the payments received on a settlement.

CREATE TABLE negotiation (
    id                        VARCHAR(36)    PRIMARY KEY,
    claim_id                  VARCHAR(36)    NOT NULL REFERENCES claim (id),
    status                    VARCHAR(16)    NOT NULL,  -- PREPARING | OPEN | SETTLED | FAILED
    target_amount             NUMERIC(12, 2),
    justification_grounds     VARCHAR(500),             -- comma-separated ground codes
    justification             VARCHAR(4000),
    channel                   VARCHAR(16),
    notice_correspondence_id  VARCHAR(36),
    opened_on                 DATE,
    agreed_amount             NUMERIC(12, 2),
    settled_on                DATE,
    recovered_amount          NUMERIC(12, 2),
    outcome_reason            VARCHAR(500),
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_negotiation_claim UNIQUE (claim_id)
);

CREATE TABLE negotiation_round (
    negotiation_id  VARCHAR(36)    NOT NULL REFERENCES negotiation (id),
    round           INT            NOT NULL,
    party           VARCHAR(16)    NOT NULL,  -- PROVIDER | PAYER
    kind            VARCHAR(16)    NOT NULL,  -- OFFER | COUNTEROFFER | ACCEPTED | REJECTED
    amount          NUMERIC(12, 2),
    on_date         DATE           NOT NULL,
    note            VARCHAR(2000),
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (negotiation_id, round)
);

CREATE TABLE payment (
    id           VARCHAR(36)    PRIMARY KEY,
    claim_id     VARCHAR(36)    NOT NULL REFERENCES claim (id),
    received_on  DATE           NOT NULL,
    amount       NUMERIC(12, 2) NOT NULL,
    recorded_by  VARCHAR(64)    NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_payment_claim ON payment (claim_id);
