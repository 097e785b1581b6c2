-- Several claims filed as one federal IDR dispute (a batched determination, 45 CFR 149.510(c)(3)): each claim keeps
-- its own row, offer and result; batch_lead_claim_id names the claim whose process files and follows the dispute
-- (the lead's own row names itself). Null for a claim filed alone.
ALTER TABLE idr_dispute ADD COLUMN batch_lead_claim_id VARCHAR(36) REFERENCES claim (id);

CREATE INDEX ix_idr_dispute_batch ON idr_dispute (batch_lead_claim_id);
