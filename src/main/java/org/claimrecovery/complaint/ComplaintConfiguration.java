package org.claimrecovery.complaint;

import org.claimrecovery.rules.RulesFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

@Configuration(proxyBeanMethods = false)
class ComplaintConfiguration {

  @Bean
  RegulatorRules regulatorRules(
      @Value("${recovery.rules.regulators:classpath:rules/regulators.yaml}") Resource rulesFile) {
    return RulesFile.read(rulesFile, RegulatorRules::load);
  }
}
