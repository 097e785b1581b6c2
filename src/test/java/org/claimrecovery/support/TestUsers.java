package org.claimrecovery.support;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

/** One user per group and one in none, password = user id + "-pw" (test profile only). */
@TestComponent
public class TestUsers {

  public static final String SPECIALIST = "specialist";
  public static final String SUPERVISOR = "supervisor";
  public static final String AUDITOR = "auditor";
  public static final String OWNER = "owner";
  public static final String INTEGRATION = "integration";
  public static final String ADMIN = "admin";
  /** A user of the identity service in none of the groups. */
  public static final String OUTSIDER = "outsider";

  private final IdentityService identity;

  TestUsers(IdentityService identity) {
    this.identity = identity;
  }

  public static String password(String userId) {
    return ADMIN.equals(userId) ? "test-admin-password" : userId + "-pw";
  }

  @EventListener(ApplicationReadyEvent.class)
  void create() {
    create(SPECIALIST, "billing-specialists");
    create(SUPERVISOR, "billing-supervisors");
    create(AUDITOR, "auditors");
    create(OWNER, "process-owners");
    create(INTEGRATION, "integrations");
    create(OUTSIDER, null);
  }

  private void create(String id, String group) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    var user = identity.newUser(id);
    user.setPassword(password(id));
    identity.saveUser(user);
    if (group != null) {
      identity.createMembership(id, group);
    }
  }
}
