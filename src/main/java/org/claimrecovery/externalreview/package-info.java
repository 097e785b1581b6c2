/**
 * External review of the final internal adverse determination (45 CFR 147.136(d), 29 CFR 2590.715-2719(d)): the
 * request to the reviewer staff name (an independent review organization or the state), its deadline
 * EXTERNAL_REVIEW_REQUEST and the reviewer's EXTERNAL_REVIEW_DECISION from {@code rules/deadline-rules.yaml}
 * ({@link org.claimrecovery.externalreview.ExternalReviews}), the request package
 * ({@link org.claimrecovery.externalreview.ExternalReviewRequests}), the facts that arrive as events
 * ({@link org.claimrecovery.externalreview.ExternalReviewEvents}, through caseevents/) and its API.
 *
 * <p>Domain code: no Camunda.
 */
package org.claimrecovery.externalreview;
