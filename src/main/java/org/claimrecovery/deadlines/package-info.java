/**
 * Statutory deadline engine (domain brief §3): business calendar, counting conventions, the versioned
 * rule book loaded from {@code rules/deadline-rules.yaml}, and the calculator that dates a case's deadlines.
 *
 * <p>Plain Java on purpose: no Camunda and no Spring here, so the rules can be tested in milliseconds and
 * reused by the process layer, the API and reports alike. Wiring into beans happens elsewhere.
 */
package org.claimrecovery.deadlines;
