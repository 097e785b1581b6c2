-- The first release parked cases that chose to negotiate at AWAITING_NEGOTIATION_STAGE until the negotiation
-- stage existed; the stage is gone, and such a case is a case in negotiation.
UPDATE claim SET stage = 'NEGOTIATION' WHERE stage = 'AWAITING_NEGOTIATION_STAGE';
