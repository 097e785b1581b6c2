/**
 * The plan's internal appeal (29 CFR 2560.503-1(h)-(i), 45 CFR 147.136(b)): its levels and deadlines from
 * {@code rules/appeals.yaml} ({@link org.claimrecovery.appeal.AppealRules}), each level from preparation to the
 * payer's decision ({@link org.claimrecovery.appeal.InternalAppeals}), the appeal letter
 * ({@link org.claimrecovery.appeal.AppealLetters}), the facts that arrive as events
 * ({@link org.claimrecovery.appeal.AppealEvents}, through caseevents/) and the appeal's API.
 *
 * <p>Domain code: no Camunda.
 */
package org.claimrecovery.appeal;
