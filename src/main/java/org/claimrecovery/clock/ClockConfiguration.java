package org.claimrecovery.clock;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfiguration {

  @Bean
  Clock clock() {
    return new EngineClock();
  }

  @Bean
  CaseClock caseClock(Clock clock, @Value("${recovery.time-zone}") ZoneId zone) {
    return new CaseClock(clock, zone);
  }
}
