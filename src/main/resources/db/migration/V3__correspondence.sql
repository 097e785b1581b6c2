-- The correspondence ledger: every letter, e-mail, fax or portal submission sent or received for a case.
-- The send date of an open negotiation notice starts a statutory clock, so each item keeps its channel,
-- recipient, timestamp, the document and its SHA-256, and the proof of delivery.

CREATE TABLE correspondence (
    id               VARCHAR(36)   PRIMARY KEY,
    -- the claim id, or later a negotiation or bundle id
    case_key         VARCHAR(100)  NOT NULL,
    direction        VARCHAR(8)    NOT NULL,   -- INBOUND | OUTBOUND
    kind             VARCHAR(48)   NOT NULL,   -- OPEN_NEGOTIATION_NOTICE, COUNTEROFFER, PAYER_RESPONSE, ...
    round            INT           NOT NULL DEFAULT 0,
    channel          VARCHAR(16)   NOT NULL,   -- EMAIL | MAIL | FAX | IDR_PORTAL | PHONE | API
    -- the outbox key: case_key/kind/round of an outbound letter, NULL for inbound items (a payer may answer
    -- the same round twice). Unique, so a retried send finds its letter instead of sending another one.
    outbound_key     VARCHAR(200),
    recipient        VARCHAR(500),             -- outbound: the payer's named contact; inbound: the sender
    subject          VARCHAR(500),
    body             VARCHAR(10000),
    document         BYTEA,
    document_name    VARCHAR(200),
    sha256           CHAR(64)      NOT NULL,   -- over the document, or over the body when there is none
    -- QUEUED, SENDING, SENT, FAILED, AWAITING_DISPATCH, DISPATCHED, DELIVERY_UNCERTAIN, RECEIVED
    delivery_status  VARCHAR(24)   NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    received_at      TIMESTAMP WITH TIME ZONE,
    proof            VARCHAR(500),             -- SMTP Message-ID, certified mail tracking number, portal receipt
    dispatched_by    VARCHAR(64),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_correspondence_outbound_key UNIQUE (outbound_key)
);

CREATE INDEX ix_correspondence_case ON correspondence (case_key);
CREATE INDEX ix_correspondence_status ON correspondence (delivery_status);

-- One letter may cover several claims (a batched notice); each claim lists it.
CREATE TABLE correspondence_claim (
    correspondence_id  VARCHAR(36)  NOT NULL REFERENCES correspondence (id),
    claim_id           VARCHAR(36)  NOT NULL REFERENCES claim (id),
    PRIMARY KEY (correspondence_id, claim_id)
);

CREATE INDEX ix_correspondence_claim_claim ON correspondence_claim (claim_id);
