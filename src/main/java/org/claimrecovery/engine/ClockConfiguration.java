package org.claimrecovery.engine;

import java.time.Clock;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.clock.EngineClock;
import org.claimrecovery.deadlines.CalendarConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the product and the engine, in the time zone of the business calendar. */
@Configuration
class ClockConfiguration {

  @Bean
  Clock clock() {
    return new EngineClock();
  }

  @Bean
  CaseClock caseClock(Clock clock, CalendarConfig calendar) {
    return new CaseClock(clock, calendar.zoneId());
  }
}
