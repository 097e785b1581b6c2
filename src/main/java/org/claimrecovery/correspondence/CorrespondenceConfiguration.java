package org.claimrecovery.correspondence;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties({CorrespondenceSettings.class, ProviderContact.class})
class CorrespondenceConfiguration {}
