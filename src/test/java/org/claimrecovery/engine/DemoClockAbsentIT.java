package org.claimrecovery.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.TestUsers.ADMIN;

import java.time.LocalDate;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Moving time is a demo feature: outside the demo profile not even the administrator can. */
@IntegrationTest
class DemoClockAbsentIT {

  @Autowired Api api;

  @Test
  void theDemoClockDoesNotExistOutsideTheDemo() {
    var moved = api.put(ADMIN, "/api/admin/clock", "{\"date\": \"" + LocalDate.now().plusDays(60) + "\"}");
    assertThat(moved.status()).isEqualTo(404);
  }
}
