-- The audit search finds a case by its claim number across payers, and lists cases newest first.
CREATE INDEX ix_claim_claim_number ON claim (claim_number);
CREATE INDEX ix_claim_created_at ON claim (created_at);
