package org.claimrecovery.support;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Moving the one clock in scenario tests, and running the jobs that fall due, as the job executor would. */
public final class CaseTime {

  /** The provider's time zone of the test configuration (rules/calendar.yaml). */
  public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private CaseTime() {}

  public static Date at(LocalDateTime inNewYork) {
    return Date.from(inNewYork.atZone(NEW_YORK).toInstant());
  }

  public static void moveClockTo(LocalDateTime inNewYork) {
    ClockUtil.setCurrentTime(at(inNewYork));
  }

  /**
   * Executes the due jobs of the given process instances one at a time, the earliest due first, as the job
   * executor would have while the clock moved (a job may delete another). The instances are asked anew
   * before each job, as a job may start a sub-process.
   */
  public static void runDueJobs(ManagementService management, Supplier<Collection<String>> processInstanceIds) {
    for (int step = 0; step < 30; step++) {
      var instances = processInstanceIds.get();
      var due = management.createJobQuery().executable().orderByJobDuedate().asc().list().stream()
          .filter(job -> instances.contains(job.getProcessInstanceId())).findFirst();
      if (due.isEmpty()) {
        return;
      }
      management.executeJob(due.get().getId());
    }
  }
}
