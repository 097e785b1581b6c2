-- Why an outbound letter may go to its recipient on its channel: the payer's own designation (the e-mail
-- address it named on the claim, or its channel entry in rules/payers.yaml with that entry's why). An
-- electronic open negotiation notice needs a good-faith belief that the payer can take it electronically
-- (45 CFR 149.510(b)(1)(ii)(A)); the ledger keeps the reason with the letter. NULL for inbound items and for
-- letters recorded before this column existed.
ALTER TABLE correspondence ADD COLUMN delivery_basis VARCHAR(4000);
