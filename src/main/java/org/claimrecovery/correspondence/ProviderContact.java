package org.claimrecovery.correspondence;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code recovery.provider.contact.*}: the initiating party's contact details that every open negotiation
 * notice must carry (45 CFR 149.510(b)(1)), configured once per deployment.
 */
@ConfigurationProperties("recovery.provider.contact")
public record ProviderContact(String name, String email, String phone, String mailingAddress) {

  public OpenNegotiationNotice.Contact asNoticeContact() {
    return new OpenNegotiationNotice.Contact(name, email, phone, mailingAddress);
  }
}
