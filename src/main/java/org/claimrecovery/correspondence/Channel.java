package org.claimrecovery.correspondence;

/**
 * How an item travels. Only e-mail is sent by the product; the others are dispatched by a person. REVIEW_PORTAL is an
 * external reviewer's own portal (an IRO's or the state's), where a person uploads the request.
 */
public enum Channel {
  EMAIL, MAIL, FAX, IDR_PORTAL, REVIEW_PORTAL, PHONE, API;

  boolean sentByProduct() {
    return this == EMAIL;
  }
}
