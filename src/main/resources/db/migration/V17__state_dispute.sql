-- A claim's dispute under a state's own process (rules/state-disputes.yaml; pathway STATE_PROCESS): the state and its
-- process, the body filed with, our grounds and amount, the filing deadline and the filing, the state's own
-- negotiation or mediation step where it has one, and the body's decision. One row per claim.
CREATE TABLE state_dispute (
    claim_id            VARCHAR(36)    NOT NULL PRIMARY KEY REFERENCES claim (id),
    state               VARCHAR(2)     NOT NULL,
    process             VARCHAR(500)   NOT NULL,   -- the process in words, from the rules in force when it opened
    body                VARCHAR(1000)  NOT NULL,   -- whom we file with, and where
    status              VARCHAR(16)    NOT NULL,   -- PREPARING | FILED | SETTLED | DECIDED | MISSED
    grounds             VARCHAR(4000),
    our_amount          NUMERIC(12, 2),
    filing_deadline     VARCHAR(64)    NOT NULL,   -- the code of deadline-rules.yaml
    filing_due_on       DATE           NOT NULL,
    filed_on            DATE,
    reference           VARCHAR(200),
    own_step            VARCHAR(500),              -- the state's own negotiation or mediation step, if any
    own_step_ends_on    DATE,
    decision_due_on     DATE,
    payment_days        INTEGER        NOT NULL,
    decision            VARCHAR(16),               -- WON | LOST
    decided_amount      NUMERIC(12, 2),
    decided_on          DATE,
    note                VARCHAR(2000),
    updated_by          VARCHAR(64)    NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
