package org.claimrecovery.remittance;

import org.claimrecovery.rules.RulesFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

@Configuration(proxyBeanMethods = false)
class RemittanceConfiguration {

  @Bean
  RemittanceRules remittanceRules(
      @Value("${recovery.rules.remittance:classpath:rules/remittance.yaml}") Resource rulesFile) {
    return RulesFile.read(rulesFile, RemittanceRules::load);
  }
}
