package org.claimrecovery.clock;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.claimrecovery.refusal.RequestRejected;
import org.claimrecovery.web.CurrentUser;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demo only: lets an administrator move time forward so a 30-business-day window passes in a minute.
 * In every other profile this controller does not exist and the path answers 404.
 */
@Profile("demo")
@RestController
@RequestMapping("/api/admin/clock")
class DemoClockController {

  private static final LocalTime MOVED_TIME_OF_DAY = LocalTime.of(9, 0);

  private final CaseClock clock;
  private final JdbcClient jdbc;
  private final ProcessEngineConfigurationImpl engineConfiguration;
  private final CurrentUser currentUser;

  DemoClockController(CaseClock clock, JdbcClient jdbc, ProcessEngineConfigurationImpl engineConfiguration,
      CurrentUser currentUser) {
    this.clock = clock;
    this.jdbc = jdbc;
    this.engineConfiguration = engineConfiguration;
    this.currentUser = currentUser;
  }

  record ClockMove(LocalDate date) {}

  @GetMapping
  Map<String, Object> now() {
    return Map.of("now", clock.now().toString(), "today", clock.today().toString(), "zone", clock.zone().getId());
  }

  @PutMapping
  @Transactional
  Map<String, Object> moveTo(@RequestBody ClockMove move) {
    currentUser.requireGroup("camunda-admin");
    if (move == null || move.date() == null) {
      throw RequestRejected.invalid("date", "give the day to move to as YYYY-MM-DD");
    }
    var target = ZonedDateTime.of(move.date(), MOVED_TIME_OF_DAY, clock.zone()).toInstant();
    if (target.isBefore(clock.now())) {
      throw RequestRejected.conflict("Clock cannot go back",
          "The clock is at " + clock.now() + "; it only moves forward, or timers would fire twice.");
    }
    long offsetMillis = target.toEpochMilli() - System.currentTimeMillis();
    jdbc.sql("DELETE FROM demo_clock").update();
    jdbc.sql("INSERT INTO demo_clock (id, offset_millis) VALUES (1, ?)").param(offsetMillis).update();
    // an offset, not a fixed time: the moved clock keeps ticking
    ClockUtil.offset(offsetMillis);
    // timers due by now should fire without waiting for the job executor's idle back-off
    var jobExecutor = engineConfiguration.getJobExecutor();
    if (jobExecutor != null) {
      jobExecutor.jobWasAdded();
    }
    return now();
  }

  /** A restarted demo continues from the moved time instead of jumping back. */
  @EventListener(ApplicationReadyEvent.class)
  void restoreMovedClock() {
    jdbc.sql("SELECT offset_millis FROM demo_clock WHERE id = 1").query(Long.class).optional()
        .ifPresent(ClockUtil::offset);
  }
}
