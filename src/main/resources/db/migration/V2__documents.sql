-- Documents of a case (medical records, itemized bills, remittances, evidence, denial letters), kept in
-- the database with their checksum so that a dispute can show exactly what was submitted.
-- BYTEA is PostgreSQL's binary type; H2 2.x reads it as BINARY VARYING.

CREATE TABLE claim_document (
    id             VARCHAR(36)   PRIMARY KEY,
    claim_id       VARCHAR(36)   NOT NULL REFERENCES claim (id),
    document_type  VARCHAR(32)   NOT NULL,
    file_name      VARCHAR(255)  NOT NULL,
    media_type     VARCHAR(64)   NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    content        BYTEA         NOT NULL,
    uploaded_by    VARCHAR(64)   NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_claim_document_claim ON claim_document (claim_id);
