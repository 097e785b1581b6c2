/**
 * Regulator complaints: per claim, from {@code rules/regulators.yaml}
 * ({@link org.claimrecovery.complaint.RegulatorRules}), the regulator of its plan; a claim's complaint from preparation
 * through filing and follow-ups to the regulator's answer ({@link org.claimrecovery.complaint.RegulatorComplaints}),
 * the complaint package with the case's timeline and correspondence hashes
 * ({@link org.claimrecovery.complaint.ComplaintPackages}), the facts that arrive as events
 * ({@link org.claimrecovery.complaint.ComplaintEvents}, through caseevents/) and its API.
 *
 * <p>Domain code: no Camunda.
 */
package org.claimrecovery.complaint;
