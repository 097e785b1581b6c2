-- Imported remittances (X12 835) and what each of their claims did. A refused file leaves no row: it is checked
-- as a whole before anything is stored. One row per file content: the same file again is answered with its report.
CREATE TABLE remittance (
    id                   VARCHAR(36)    PRIMARY KEY,
    file_sha256          CHAR(64)       NOT NULL,
    file_name            VARCHAR(255),
    status               VARCHAR(16)    NOT NULL,
    transactions         INT            NOT NULL,
    claims_read          INT            NOT NULL,
    cases_opened         INT            NOT NULL,
    payments_correlated  INT            NOT NULL,
    skipped              INT            NOT NULL,
    imported_by          VARCHAR(64)    NOT NULL,
    started_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    -- moves while the import runs: an import whose heartbeat stopped (its node died) may be resumed
    heartbeat_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_remittance_file UNIQUE (file_sha256)
);

CREATE INDEX ix_remittance_started ON remittance (started_at);

-- Each claim of a remittance, in file order, and what happened to it. Amounts and codes only: no patient names.
CREATE TABLE remittance_claim (
    remittance_id               VARCHAR(36)    NOT NULL REFERENCES remittance (id),
    seq                         INT            NOT NULL,
    segment_number              INT            NOT NULL,
    payer_id                    VARCHAR(64)    NOT NULL,
    claim_number                VARCHAR(64)    NOT NULL,
    payer_claim_control_number  VARCHAR(50),
    status_code                 VARCHAR(2)     NOT NULL,
    billed_amount               NUMERIC(20, 2),
    paid_amount                 NUMERIC(20, 2),
    payment_date                DATE           NOT NULL,
    trace_number                VARCHAR(50)    NOT NULL,
    nsa_remark_codes            VARCHAR(200),
    outcome                     VARCHAR(32)    NOT NULL,
    reason                      VARCHAR(4000)  NOT NULL,
    claim_id                    VARCHAR(36),
    PRIMARY KEY (remittance_id, seq)
);

-- A claim payment (payer, claim number, check or EFT trace) is applied once, whichever file brings it and however
-- many nodes import at once: this key decides, in the transaction that applies it.
CREATE TABLE remittance_claim_payment (
    payer_id       VARCHAR(64)    NOT NULL,
    claim_number   VARCHAR(64)    NOT NULL,
    trace_number   VARCHAR(50)    NOT NULL,
    remittance_id  VARCHAR(36)    NOT NULL REFERENCES remittance (id),
    claim_id       VARCHAR(36),
    PRIMARY KEY (payer_id, trace_number, claim_number)
);
