package org.claimrecovery.idr;

import java.util.Set;
import java.util.stream.Collectors;
import org.claimrecovery.deadlines.DeadlineRuleBook;
import org.claimrecovery.deadlines.RuleSet;
import org.claimrecovery.rules.RulesFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

@Configuration(proxyBeanMethods = false)
class IdrConfiguration {

  /** Checked against the federal rule sets of the deadline rule book: batching is configured per rule set. */
  @Bean
  IdrRules idrRules(@Value("${recovery.rules.idr:classpath:rules/idr.yaml}") Resource rulesFile,
      DeadlineRuleBook deadlineRules) {
    Set<String> ruleSetIds = deadlineRules.ruleSets().stream().map(RuleSet::id).collect(Collectors.toSet());
    return RulesFile.read(rulesFile, (yaml, fileName) -> IdrRules.load(yaml, fileName, ruleSetIds));
  }
}
