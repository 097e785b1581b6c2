-- The calendar counts what is at risk (open, on or past its escalation day) and what is missed. When few rows match,
-- a count without an index reads the whole table to find them; these let it read only the matching ones.
CREATE INDEX ix_calendar_deadline_escalation ON calendar_deadline (status, escalation_on);
