package org.claimrecovery.demo;

import java.util.concurrent.atomic.AtomicBoolean;
import org.claimrecovery.engine.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The last lines of the demo's start: where to go and how to log in. Printed when the service takes traffic,
 * which Spring Boot announces after every start-up listener (the demo data's included) has run. The demo profile
 * only: no other profile has demo users or known passwords.
 */
@Component
@Profile("demo")
class DemoWelcome {

  private static final Logger log = LoggerFactory.getLogger(DemoWelcome.class);

  private final Environment environment;
  private final ObjectProvider<DemoMailbox> mailbox;
  private final AtomicBoolean printed = new AtomicBoolean();

  DemoWelcome(Environment environment, ObjectProvider<DemoMailbox> mailbox) {
    this.environment = environment;
    this.mailbox = mailbox;
  }

  @EventListener
  void whenReady(AvailabilityChangeEvent<ReadinessState> change) {
    if (change.getState() == ReadinessState.ACCEPTING_TRAFFIC && printed.compareAndSet(false, true)) {
      log.info(welcome());
    }
  }

  String welcome() {
    String base = "http://localhost:" + environment.getProperty("local.server.port",
        environment.getProperty("server.port", "8080")) + environment.getProperty("server.servlet.context-path", "");
    String mail = mailbox.getIfAvailable() != null ? "the letters the demo e-mailed, with their PDFs"
        : "e-mail goes to " + environment.getProperty("spring.mail.host") + ":"
            + environment.getProperty("spring.mail.port", "25") + " (spring.mail.host); this page says so";
    var text = new StringBuilder("The demo is ready (profile demo: demo users, sample claims, a clock that moves)\n");
    line(text, "Home", base + "/", "links to what your groups may use (HTTP Basic, a demo login)");
    line(text, "Tasklist", base + "/camunda/app/tasklist/", "work the cases' tasks");
    line(text, "Cockpit", base + "/camunda/app/cockpit/", "running cases, incidents");
    line(text, "Admin", base + "/camunda/app/admin/", "users, groups, authorizations");
    line(text, "Calendar", base + "/calendar", "every open statutory deadline, at risk and missed marked");
    line(text, "Outcomes", base + "/outcomes", "what the program recovers, as charts");
    line(text, "Audit", base + "/audit", "find a case: its path, who did what, its case file");
    line(text, "Demo mail", base + DemoMailPage.PATH, mail);
    line(text, "Product API", base + "/api/claims", "HTTP Basic, a demo login");
    line(text, "Engine API", base + "/engine-rest/", "HTTP Basic, a demo login");
    text.append("  Demo logins (user / password), for this profile only:\n");
    String adminId = environment.getProperty("camunda.bpm.admin-user.id", "admin");
    login(text, adminId, environment.getProperty("camunda.bpm.admin-user.password", ""), Groups.ADMINS);
    for (var user : DemoData.USERS) {
      login(text, user.id(), user.password(), user.group());
    }
    return text.toString().stripTrailing();
  }

  private static void line(StringBuilder text, String what, String url, String note) {
    text.append(String.format("  %-12s %-48s %s%n", what, url, note));
  }

  private static void login(StringBuilder text, String user, String password, String group) {
    text.append(String.format("    %-28s %s%n", user + " / " + password, group));
  }
}
