package org.claimrecovery.correspondence;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code recovery.provider.contact.*}: the initiating party's contact details that every open negotiation
 * notice and notice of IDR initiation must carry (45 CFR 149.510(b)(1)(i), (b)(2)(iii)), and the person who
 * signs them (OMB 1210-0169 standard notices), configured once per deployment.
 *
 * @param signerName who signs the notices; without one no notice is sent
 * @param signerRole the signer's role, e.g. "Revenue Cycle Director"
 */
@ConfigurationProperties("recovery.provider.contact")
public record ProviderContact(String name, String email, String phone, String mailingAddress, String signerName,
    String signerRole) {

  public OpenNegotiationNotice.Contact asNoticeContact() {
    return new OpenNegotiationNotice.Contact(name, email, phone, mailingAddress);
  }

  /**
   * The notice's signer.
   *
   * @throws IllegalStateException when no signer is configured: a notice is never sent unsigned, as e-mail is
   *     never sent without its sender (recovery.correspondence.from)
   */
  public OpenNegotiationNotice.Signer asNoticeSigner() {
    if (signerName == null || signerName.isBlank()) {
      throw new IllegalStateException("recovery.provider.contact.signer-name is not configured: "
          + "no notice (open negotiation, IDR initiation) is sent without its signer");
    }
    return new OpenNegotiationNotice.Signer(signerName.strip(), signerRole);
  }
}
