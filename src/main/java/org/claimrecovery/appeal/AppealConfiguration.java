package org.claimrecovery.appeal;

import org.claimrecovery.rules.RulesFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

@Configuration(proxyBeanMethods = false)
class AppealConfiguration {

  @Bean
  AppealRules appealRules(@Value("${recovery.rules.appeals:classpath:rules/appeals.yaml}") Resource rulesFile) {
    return RulesFile.read(rulesFile, AppealRules::load);
  }
}
