package org.claimrecovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final MovableClock clock = new MovableClock();
  private final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(15), clock);

  @Test
  void theGuessersAddressWaitsWhileTheUserLogsInFromAnother() {
    for (int i = 0; i < 3; i++) {
      assertThat(throttle.waitBeforeTrying("10.0.0.66", "admin")).isEmpty();
      throttle.failed("10.0.0.66", "admin");
    }

    assertThat(throttle.waitBeforeTrying("10.0.0.66", "admin")).hasValue(Duration.ofMinutes(15));
    assertThat(throttle.waitBeforeTrying("10.0.0.7", "admin")).as("the admin's own desk").isEmpty();
  }

  @Test
  void theWaitEndsWithTheWindow() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("10.0.0.66", "admin");
    }
    clock.advance(Duration.ofMinutes(10));
    assertThat(throttle.waitBeforeTrying("10.0.0.66", "admin")).hasValue(Duration.ofMinutes(5));

    clock.advance(Duration.ofMinutes(5));
    assertThat(throttle.waitBeforeTrying("10.0.0.66", "admin")).isEmpty();
  }

  @Test
  void sprayingManyUserNamesFromOneAddressIsSlowedToo() {
    for (String user : new String[] {"a", "b", "c", "d", "e"}) {
      throttle.failed("10.0.0.66", user);
    }

    assertThat(throttle.waitBeforeTrying("10.0.0.66", "f")).isPresent();
    assertThat(throttle.waitBeforeTrying("10.0.0.7", "f")).isEmpty();
  }

  @Test
  void aSuccessfulLoginForgetsThatUsersFailures() {
    throttle.failed("10.0.0.7", "admin");
    throttle.failed("10.0.0.7", "admin");
    throttle.succeeded("10.0.0.7", "admin");
    throttle.failed("10.0.0.7", "admin");
    throttle.failed("10.0.0.7", "admin");

    assertThat(throttle.waitBeforeTrying("10.0.0.7", "admin")).isEmpty();
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-06-02T10:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
