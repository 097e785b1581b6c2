-- A claim's complaints to the regulator of its plan (rules/regulators.yaml): why each was made, to whom, our grounds,
-- the filing and the regulator's reference, the follow-ups of its answer, and the answer. A claim may have several,
-- one after another (a missed initial payment, later an unpaid award): numbered from 1.
CREATE TABLE regulator_complaint (
    claim_id            VARCHAR(36)    NOT NULL REFERENCES claim (id),
    number              INTEGER        NOT NULL,
    regulator_id        VARCHAR(64)    NOT NULL,   -- the id of rules/regulators.yaml
    regulator           VARCHAR(1000)  NOT NULL,   -- whom we complain to, and where
    opened_on           DATE           NOT NULL,
    cause               VARCHAR(24)    NOT NULL,   -- UNPAID_AMOUNT | PAYER_MISSED_DEADLINE | ADVERSE_DECISION
    status              VARCHAR(16)    NOT NULL,   -- PREPARING | FILED | RESOLVED | WITHDRAWN
    grounds             VARCHAR(4000),
    filed_on            DATE,
    reference           VARCHAR(200),
    response_days       INTEGER        NOT NULL,
    response_due_on     DATE,
    follow_ups          INTEGER        NOT NULL,
    last_follow_up_on   DATE,
    result              VARCHAR(16),               -- JUSTIFIED | NOT_JUSTIFIED
    amount_owed         NUMERIC(12, 2),
    resolved_on         DATE,
    note                VARCHAR(2000),
    updated_by          VARCHAR(64)    NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (claim_id, number)
);
