-- A denial keeps the claim adjustment group code a remittance puts before its reason code (X12 835 CAS01: CO, PR,
-- OA, PI, or CR from version 004010) apart from the reason code (CARC), so that CO-50 is read as CARC 50.
-- Nullable: a denial written as the CARC alone has no group.
ALTER TABLE claim ADD COLUMN denial_group_code VARCHAR(2);

-- Intake once accepted a group written against its CARC (CO50) as the reason code: split those rows.
UPDATE claim
   SET denial_group_code = SUBSTRING(denial_reason_code FROM 1 FOR 2),
       denial_reason_code = SUBSTRING(denial_reason_code FROM 3)
 WHERE denial_reason_code IS NOT NULL
   AND LENGTH(denial_reason_code) BETWEEN 3 AND 5
   AND SUBSTRING(denial_reason_code FROM 1 FOR 2) IN ('CO', 'PR', 'OA', 'PI', 'CR');
