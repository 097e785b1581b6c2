-- The rule an amount owed is due by, fixed with its due date on the day it was decided, so the case's deadline list
-- shows the payment deadline with its source (SETTLEMENT_PAYMENT, or the rule book's IDR_PAYMENT for an IDR award).
ALTER TABLE expected_payment ADD COLUMN due_citation VARCHAR(1000);

-- amounts decided before this column existed: the rule their source dates its payment by, as shipped
UPDATE expected_payment SET due_citation = CASE source
    WHEN 'IDR_AWARD' THEN 'PHS Act 2799A-1(c)(6)'
    WHEN 'STATE_DISPUTE_AWARD' THEN 'the paymentCalendarDays of the state''s process in rules/state-disputes.yaml'
    WHEN 'STATE_DISPUTE_SETTLEMENT' THEN 'the paymentCalendarDays of the state''s process in rules/state-disputes.yaml'
    WHEN 'REGULATOR_COMPLAINT' THEN 'the paymentCalendarDays of the regulator in rules/regulators.yaml'
    ELSE 'the paymentDeadline of rules/negotiation.yaml (contract term, default 30 days)'
  END
WHERE due_citation IS NULL;

-- every payment deadline says where it comes from
ALTER TABLE expected_payment ALTER COLUMN due_citation SET NOT NULL;

-- Who entered each round of a negotiation: our offer in the notice (the person whose preparation passed the check,
-- kept on the negotiation until the notice goes out), our counteroffers (who decided to counter), the payer's answers
-- (the API caller, or who recorded the call or letter). NULL for rounds recorded before this column existed.
ALTER TABLE negotiation_round ADD COLUMN entered_by VARCHAR(64);
ALTER TABLE negotiation ADD COLUMN prepared_by VARCHAR(64);
