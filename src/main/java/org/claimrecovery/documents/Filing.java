package org.claimrecovery.documents;

import org.claimrecovery.pathway.Pathway;

/**
 * What the required documents depend on: the mechanism filed with and the claim's facts.
 *
 * @param level        the internal appeal's level (1, 2); null outside an internal appeal
 * @param pathway      the claim's dispute pathway; null when not classified
 * @param denialReason the payer's denial reason code (CARC, e.g. "50"); null when the payer paid
 */
public record Filing(DisputeMechanism mechanism, Integer level, Pathway pathway, String denialReason) {}
