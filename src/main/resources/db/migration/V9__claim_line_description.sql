-- What each item or service was, in words, as the claim's submitter describes it (optional). The open
-- negotiation notice describes every item (45 CFR 149.510(b)(1)(i)); a line without one is described by its
-- service code and the claim's service category.
ALTER TABLE claim_line ADD COLUMN description VARCHAR(200);
