package org.claimrecovery.negotiation;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

@Configuration(proxyBeanMethods = false)
class NegotiationConfiguration {

  @Bean
  NegotiationRules negotiationRules(
      @Value("${recovery.rules.negotiation:classpath:rules/negotiation.yaml}") Resource rulesFile) throws IOException {
    try (InputStream in = rulesFile.getInputStream()) {
      return NegotiationRules.load(in);
    }
  }

  @Bean
  PayerNegotiationRules payerNegotiationRules(
      @Value("${recovery.rules.payers:classpath:rules/payers.yaml}") Resource rulesFile) throws IOException {
    try (InputStream in = rulesFile.getInputStream()) {
      return PayerNegotiationRules.load(in);
    }
  }
}
