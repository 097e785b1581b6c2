-- Who selected the certified IDR entity (the parties jointly, or the Departments when the parties did not,
-- 45 CFR 149.510(c)(1)), when the payer objected to our preferred entity, and the entity fee we owe as the losing
-- party once the payer's offer prevailed. Nullable: disputes recorded before keep none.
ALTER TABLE idr_dispute ADD COLUMN selected_by VARCHAR(16);
ALTER TABLE idr_dispute ADD COLUMN payer_objected_on DATE;
ALTER TABLE idr_dispute ADD COLUMN entity_fee_owed NUMERIC(12, 2);
