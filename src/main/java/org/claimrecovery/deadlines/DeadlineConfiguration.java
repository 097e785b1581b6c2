package org.claimrecovery.deadlines;

import org.claimrecovery.rules.RulesFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Loads the deadline rules and the business calendar from configuration files (by default the ones in
 * the jar; point recovery.rules.* at files outside it to change rules without a release).
 */
@Configuration
class DeadlineConfiguration {

  @Bean
  DeadlineRuleBook deadlineRuleBook(@Value("${recovery.rules.deadlines}") Resource rules) {
    return RulesFile.read(rules, DeadlineRuleBook::load);
  }

  @Bean
  CalendarConfig calendarConfig(@Value("${recovery.rules.calendar}") Resource calendar) {
    return RulesFile.read(calendar, CalendarConfig::load);
  }

  @Bean
  BusinessCalendar businessCalendar(CalendarConfig calendar) {
    return calendar.businessCalendar();
  }

  @Bean
  DeadlineCounting deadlineCounting(BusinessCalendar calendar) {
    return new DeadlineCounting(calendar);
  }

  @Bean
  DeadlineCalculator deadlineCalculator(DeadlineRuleBook rules, DeadlineCounting counting) {
    return new DeadlineCalculator(rules, counting);
  }
}
