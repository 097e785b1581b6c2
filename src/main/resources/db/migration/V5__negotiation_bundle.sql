-- Several open claims of one payer (and, under the NSA, one provider TIN) negotiated together: one notice or
-- letter listing every claim with its own offer, one conversation, agreed amounts applied per claim. Each claim
-- keeps its own negotiation row (target, rounds, agreed amount, payments), its own case and its own deadlines;
-- the lead claim's process carries the conversation for all of them.
CREATE TABLE negotiation_bundle (
    id             VARCHAR(36)  PRIMARY KEY,
    lead_claim_id  VARCHAR(36)  NOT NULL REFERENCES claim (id),
    payer_id       VARCHAR(64)  NOT NULL,
    provider_tin   VARCHAR(9)   NOT NULL,
    created_by     VARCHAR(64)  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_negotiation_bundle_lead UNIQUE (lead_claim_id)
);

-- NULL: the claim negotiates alone. A claim that leaves its bundle (its own deadline ended it) is set back to NULL.
ALTER TABLE negotiation ADD COLUMN bundle_id VARCHAR(36) REFERENCES negotiation_bundle (id);

CREATE INDEX ix_negotiation_bundle ON negotiation (bundle_id);
