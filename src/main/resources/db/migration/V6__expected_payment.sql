-- What the payer owes once an amount is decided (a negotiated settlement now; an IDR award or an appeal's
-- overturn later), with the deadline fixed by the rules in force when it was decided. Payments received stay in
-- the payment table; what the case recovered is kept here when it closes.

CREATE TABLE expected_payment (
    claim_id          VARCHAR(36)    PRIMARY KEY REFERENCES claim (id),
    source            VARCHAR(32)    NOT NULL,  -- NEGOTIATED_SETTLEMENT
    amount            NUMERIC(12, 2) NOT NULL,
    decided_on        DATE           NOT NULL,
    due_on            DATE           NOT NULL,
    recovered_amount  NUMERIC(12, 2),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- settlements made before this table existed: their deadline was 30 calendar days, the shipped
-- rules/negotiation.yaml paymentDeadline (an operator who configured another one may correct due_on)
INSERT INTO expected_payment (claim_id, source, amount, decided_on, due_on, recovered_amount, created_at)
SELECT claim_id, 'NEGOTIATED_SETTLEMENT', agreed_amount, settled_on, settled_on + 30, recovered_amount, created_at
FROM negotiation
WHERE status = 'SETTLED' AND agreed_amount IS NOT NULL AND settled_on IS NOT NULL;
