package org.claimrecovery.correspondence;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code recovery.correspondence.*}: the address letters are sent from. Replies go to the provider's
 * contact ({@link ProviderContact}), the address the notice names.
 */
@ConfigurationProperties("recovery.correspondence")
public record CorrespondenceSettings(String from) {}
