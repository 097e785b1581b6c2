/**
 * Federal Independent Dispute Resolution (45 CFR 149.510): the fees a dispute costs ({@link
 * org.claimrecovery.idr.IdrFees}), which items may be filed together as one dispute ({@link
 * org.claimrecovery.idr.IdrBatching}) and the defects of an offer justification that relies on a factor the
 * certified IDR entity must not consider ({@link org.claimrecovery.idr.OfferJustificationCheck}), all from
 * {@code rules/idr.yaml}.
 *
 * <p>Domain code: no Camunda, no HTTP. Groundwork for the federal IDR stage; nothing calls it yet.
 */
package org.claimrecovery.idr;
