package org.claimrecovery.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimrecovery.support.DemoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo's start ends with where to go and how to log in, on the port the service really took. */
@DemoIntegrationTest
class DemoWelcomeIT {

  @LocalServerPort int port;
  @Autowired DemoWelcome welcome;

  @Test
  void theWelcomeNamesEveryAddressAndEveryDemoLogin() {
    String base = "http://localhost:" + port;
    assertThat(welcome.welcome()).contains(base + "/camunda/app/tasklist/", base + "/camunda/app/cockpit/",
        base + "/camunda/app/admin/", base + "/demo/mail", base + "/api/claims", base + "/engine-rest/",
        "admin / admin", "specialist / specialist", "supervisor / supervisor", "auditor / auditor", "owner / owner",
        "the letters the demo e-mailed");
  }
}
