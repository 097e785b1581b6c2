/**
 * State dispute processes (pathway STATE_PROCESS): per state, from {@code rules/state-disputes.yaml}
 * ({@link org.claimrecovery.statedispute.StateDisputeRules}), the process, its filing deadline, the body filed with,
 * the state's own negotiation or mediation step, and the decision and payment times.
 *
 * <p>Domain code: no Camunda.
 */
package org.claimrecovery.statedispute;
