package org.claimrecovery.negotiation;

import org.claimrecovery.rules.RulesFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

@Configuration(proxyBeanMethods = false)
class NegotiationConfiguration {

  @Bean
  NegotiationRules negotiationRules(
      @Value("${recovery.rules.negotiation:classpath:rules/negotiation.yaml}") Resource rulesFile) {
    return RulesFile.read(rulesFile, NegotiationRules::load);
  }

  @Bean
  PayerNegotiationRules payerNegotiationRules(
      @Value("${recovery.rules.payers:classpath:rules/payers.yaml}") Resource rulesFile) {
    return RulesFile.read(rulesFile, PayerNegotiationRules::load);
  }
}
