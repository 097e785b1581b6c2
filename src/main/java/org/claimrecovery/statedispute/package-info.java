/**
 * State disputes (pathway STATE_PROCESS): per state, from {@code rules/state-disputes.yaml}
 * ({@link org.claimrecovery.statedispute.StateDisputeRules}), the process, its filing deadline, the body filed with,
 * the state's own negotiation or mediation step, and the decision and payment times; a claim's dispute from
 * preparation to the body's decision ({@link org.claimrecovery.statedispute.StateDisputes}), the filing package
 * ({@link org.claimrecovery.statedispute.StateDisputeFilings}), the facts that arrive as events
 * ({@link org.claimrecovery.statedispute.StateDisputeEvents}, through caseevents/) and its API.
 *
 * <p>Domain code: no Camunda.
 */
package org.claimrecovery.statedispute;
