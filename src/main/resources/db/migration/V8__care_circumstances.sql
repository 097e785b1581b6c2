-- The facts that decide which protections and which law reach a claim (issue "regulatory exactness"):
-- who bills it, the care for which notice and consent can never waive the protections (45 CFR 149.420(b)),
-- and a self-funded plan's own election of a state process for the plan year. Cases opened before say nothing
-- of them: the defaults are what such a claim stated (not ancillary, no election known).
ALTER TABLE claim ADD COLUMN billed_as VARCHAR(16);
ALTER TABLE claim ADD COLUMN ancillary_service BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE claim ADD COLUMN unforeseen_urgent_need BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE claim ADD COLUMN no_participating_provider_available BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE claim ADD COLUMN plan_elected_state_process BOOLEAN;

-- What a person must check because the rules could not decide it, one note per line.
ALTER TABLE claim ADD COLUMN classification_notes VARCHAR(4000);
