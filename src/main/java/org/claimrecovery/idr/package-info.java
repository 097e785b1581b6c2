/**
 * Federal Independent Dispute Resolution (45 CFR 149.510): the fees a dispute costs ({@link
 * org.claimrecovery.idr.IdrFees}), which items may be filed together as one dispute ({@link
 * org.claimrecovery.idr.IdrBatching}) and the defects of an offer justification that relies on a factor the
 * certified IDR entity must not consider ({@link org.claimrecovery.idr.OfferJustificationCheck}), all from
 * {@code rules/idr.yaml}.
 *
 * <p>The stage itself: {@link org.claimrecovery.idr.FederalIdr} (the dispute from preparation to decision),
 * {@link org.claimrecovery.idr.IdrEligibility}, the tasks' summaries ({@link org.claimrecovery.idr.IdrSummaries}),
 * the notice of IDR initiation ({@link org.claimrecovery.idr.IdrInitiationLetters}), the facts that arrive as
 * events ({@link org.claimrecovery.idr.IdrEvents}, through caseevents/) and the dispute's API.
 *
 * <p>Domain code: no Camunda.
 */
package org.claimrecovery.idr;
