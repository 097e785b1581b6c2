package org.claimrecovery.statedispute;

import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toSet;

import java.util.Objects;
import org.claimrecovery.deadlines.DeadlineRule;
import org.claimrecovery.deadlines.DeadlineRuleBook;
import org.claimrecovery.rules.RulesFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

@Configuration(proxyBeanMethods = false)
class StateDisputeConfiguration {

  /** Checked against the deadline rule book: each state's filing deadline is a deadline of that state's law. */
  @Bean
  StateDisputeRules stateDisputeRules(
      @Value("${recovery.rules.state-disputes:classpath:rules/state-disputes.yaml}") Resource rulesFile,
      DeadlineRuleBook deadlineRules) {
    var codesByState = deadlineRules.rules().stream().filter(rule -> Objects.nonNull(rule.jurisdiction()))
        .collect(groupingBy(DeadlineRule::jurisdiction, mapping(DeadlineRule::code, toSet())));
    return RulesFile.read(rulesFile, (yaml, fileName) -> StateDisputeRules.load(yaml, fileName, codesByState));
  }
}
