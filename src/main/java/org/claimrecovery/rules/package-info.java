/**
 * How rules files (rules/*.yaml) are read and checked, for every feature that keeps rules as data: one YAML
 * mapper, Bean Validation on the rule records, problems reported with the file and the field path, and
 * {@link org.claimrecovery.rules.Dated} for every rule with effective dates.
 *
 * <p>Depends on no feature and not on the process engine, so deadlines, pathway and negotiation can all use it.
 */
package org.claimrecovery.rules;
