-- A claim's complaint to the regulator of its plan (rules/regulators.yaml): why it was made, to whom, our grounds, the
-- filing and the regulator's reference, the follow-ups of its answer, and the answer. One row per claim.
CREATE TABLE regulator_complaint (
    claim_id            VARCHAR(36)    NOT NULL PRIMARY KEY REFERENCES claim (id),
    regulator_id        VARCHAR(64)    NOT NULL,   -- the id of rules/regulators.yaml
    regulator           VARCHAR(1000)  NOT NULL,   -- whom we complain to, and where
    opened_on           DATE           NOT NULL,
    cause               VARCHAR(24)    NOT NULL,   -- UNPAID_AMOUNT | ADVERSE_DECISION
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
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
