-- The product's own case record. Camunda keeps the process state; these tables keep the claim,
-- its money and the dated events that statutory deadlines count from.

CREATE TABLE claim (
    id                          VARCHAR(36)    PRIMARY KEY,
    payer_id                    VARCHAR(64)    NOT NULL,
    payer_name                  VARCHAR(200)   NOT NULL,
    payer_email                 VARCHAR(320),
    payer_address               VARCHAR(500),
    claim_number                VARCHAR(64)    NOT NULL,
    provider_npi                VARCHAR(10)    NOT NULL,
    provider_tin                VARCHAR(9)     NOT NULL,
    provider_name               VARCHAR(200)   NOT NULL,
    patient_account             VARCHAR(64),
    plan_type                   VARCHAR(32)    NOT NULL,
    plan_state                  VARCHAR(2)     NOT NULL,
    service_state               VARCHAR(2)     NOT NULL,
    service_category            VARCHAR(48)    NOT NULL,
    notice_and_consent_obtained BOOLEAN        NOT NULL,
    service_date                DATE           NOT NULL,
    submitted_on                DATE           NOT NULL,
    initial_payment_received_on DATE,
    initial_payment_amount      NUMERIC(12, 2),
    denial_received_on          DATE,
    denial_reason_code          VARCHAR(16),
    denial_description          VARCHAR(500),
    nsa_eligible                BOOLEAN,
    pathway                     VARCHAR(32),
    state_law                   VARCHAR(2),
    status                      VARCHAR(16)    NOT NULL,
    stage                       VARCHAR(32)    NOT NULL,
    review_decision             VARCHAR(16),
    review_accept_reason        VARCHAR(2000),
    review_note                 VARCHAR(2000),
    reviewed_by                 VARCHAR(64),
    reviewed_at                 TIMESTAMP WITH TIME ZONE,
    outcome                     VARCHAR(48),
    closed_at                   TIMESTAMP WITH TIME ZONE,
    process_instance_id         VARCHAR(64),
    created_by                  VARCHAR(64)    NOT NULL,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- one case per payer claim, even under concurrent posts
    CONSTRAINT uq_claim_payer_claim_number UNIQUE (payer_id, claim_number)
);

CREATE INDEX ix_claim_status_stage ON claim (status, stage);

CREATE TABLE claim_line (
    claim_id       VARCHAR(36)    NOT NULL REFERENCES claim (id),
    line_number    INT            NOT NULL,
    service_code   VARCHAR(8)     NOT NULL,
    billed_amount  NUMERIC(12, 2) NOT NULL,
    paid_amount    NUMERIC(12, 2),
    qpa            NUMERIC(12, 2),
    PRIMARY KEY (claim_id, line_number)
);

-- Dated facts of a case (claim received by payer, payment received, notice sent, ...):
-- the anchors that deadline rules count from. One row per kind of event and case.
CREATE TABLE claim_event (
    claim_id     VARCHAR(36)  NOT NULL REFERENCES claim (id),
    event_type   VARCHAR(48)  NOT NULL,
    occurred_on  DATE         NOT NULL,
    recorded_by  VARCHAR(64)  NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (claim_id, event_type)
);

-- The demo profile's clock offset, kept across restarts so moved time never runs backwards.
CREATE TABLE demo_clock (
    id             INT     PRIMARY KEY,
    offset_millis  BIGINT  NOT NULL
);
