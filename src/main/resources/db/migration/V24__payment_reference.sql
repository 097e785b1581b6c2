-- What identifies a payment at the payer's bank: the check or EFT trace number (X12 835 TRN02), so a case's payment
-- can be matched to the remittance and the deposit that carried it. Absent for payments recorded without one.
ALTER TABLE payment ADD COLUMN reference VARCHAR(80);
