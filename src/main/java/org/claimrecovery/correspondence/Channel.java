package org.claimrecovery.correspondence;

/** How an item travels. Only e-mail is sent by the product; the others are dispatched by a person. */
public enum Channel {
  EMAIL, MAIL, FAX, IDR_PORTAL, PHONE, API;

  boolean sentByProduct() {
    return this == EMAIL;
  }
}
